// The catalogue's calls through a TypeScript client generated from the served document: types by
// openapi-typescript (generated/catalogue.d.ts), requests by openapi-fetch. Every request and answer goes
// through those types: no raw request, no cast. TypeScriptClientIT runs it against the packaged application
// (JVM or native); it exits non-zero at the first broken expectation.
import assert from "node:assert/strict";
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/catalogue";

type Schemas = components["schemas"];

function setting(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

const baseUrl = setting("CATALOGUE_URL");
const aggregatorKey = setting("CATALOGUE_AGGREGATOR_KEY");
const aggregatorSecret = setting("CATALOGUE_AGGREGATOR_SECRET");
const USD = 840;

const anonymous = createClient<paths>({ baseUrl });
const as = (token: string) => createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

/** The answer's body, or a failure naming the call and its status. */
function ok<T>(call: string, answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.data === undefined) {
    throw new Error(`${call}: ${answer.response.status} ${JSON.stringify(answer.error)}`);
  }
  return answer.data;
}

function first<T>(items: T[] | undefined, what: string): T {
  const item = items?.[0];
  if (item === undefined) {
    throw new Error(`${what}: no item`);
  }
  return item;
}

async function mpaasToken(key: string, secret: string): Promise<string> {
  return ok("token", await anonymous.POST("/v1.0/oauth2/tokens", { body: { AccountKey: key, AccountSecret: secret } })).token;
}

async function billingToken(key: string, secret: string): Promise<string> {
  const answer = await anonymous.POST("/AuthorizationServer/api/v10/Access/Login", {
    body: { grant_type: "password", client_id: key, client_secret: secret },
    bodySerializer: (body) => {
      const form = new URLSearchParams();
      for (const [name, value] of Object.entries(body ?? {})) {
        if (typeof value === "string") {
          form.set(name, value);
        }
      }
      return form;
    },
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  return ok("login", answer).access_token;
}

async function newDistributor(): Promise<Schemas["NewDistributor"]> {
  const aggregator = as(await mpaasToken(aggregatorKey, aggregatorSecret));
  return ok("onboard", await aggregator.POST("/v1.0/distributor/create",
    { body: { DistributorName: `TypeScript client ${crypto.randomUUID()}` } }));
}

async function billingPackages(): Promise<void> {
  const distributor = await newDistributor();
  const api = as(await billingToken(distributor.AccountKey, distributor.Secret));
  const created = first(ok("create", await api.POST("/ResourceServer/api/v10/Package/",
    { body: { name: "Gold", description: "Generated" } })).results.items, "create");
  const id = String(created.identity);
  const path = { params: { path: { id } } };
  assert.equal(ok("get", await api.GET("/ResourceServer/api/v10/Package/{id}", path)).instance.name, "Gold");
  const updated = first(ok("update", await api.PUT("/ResourceServer/api/v10/Package/{id}",
    { ...path, body: { description: "Changed" } })).results.items, "update");
  assert.equal(updated.name, "Gold");
  assert.equal(updated.description, "Changed");
  const page = ok("page", await api.GET("/ResourceServer/api/v10/Package/Paged",
    { params: { query: { pageNumber: "1", pageSize: "10" } } }));
  assert.equal(page.pagedResults.totalCount, 1);
  assert.deepEqual(page.pagedResults.items.map((p) => p.identity), [created.identity]);

  assert.equal(first(ok("delete", await api.DELETE("/ResourceServer/api/v10/Package/{id}", path)).results.items, "delete").action,
    "deleted");
  assert.equal((await api.GET("/ResourceServer/api/v10/Package/{id}", path)).response.status, 404);
  const invalid = await api.POST("/ResourceServer/api/v10/Package/", { body: { name: "" } });
  assert.equal(invalid.response.status, 400);
  assert.equal(invalid.error?.type, "validation");
}

async function patchOfEveryKind(): Promise<void> {
  const distributor = await newDistributor();
  const api = as(await billingToken(distributor.AccountKey, distributor.Secret));
  const serviceId = first(ok("service", await api.POST("/ResourceServer/api/v10/Service/", { body: { name: "Voice" } })).results.items,
    "service").identity;
  const id = String(first(ok("package", await api.POST("/ResourceServer/api/v10/Package/", { body: { name: "Typed" } })).results.items,
    "package").identity);
  const path = { params: { path: { id } } };

  const created = ok("patch", await api.PATCH("/ResourceServer/api/v10/Package/{id}", {
    ...path,
    body: {
      packageServices: { items: [{ patchType: "create", patchClientId: "voice", serviceId, minimumInstances: 0, defaultInstances: 1,
        maximumInstances: 2 }] },
      usageBuckets: { items: [{ patchType: "create", patchClientId: "minutes", packageServicePatchClientId: "voice", name: "Minutes" }] },
      tiers: { items: [
        { patchType: "create", patchClientId: 1, usageBucketPatchClientId: "minutes", threshold: 0, money: 0.1 },
        { patchType: "create", patchClientId: 2, usageBucketPatchClientId: "minutes", threshold: 100, money: 0.05 },
      ] },
      packageFrequencies: { items: [{ patchType: "create", patchClientId: "monthly", frequencyTypeId: 1, frequency: 1, name: "Monthly" }] },
      packageCurrencies: { items: [{ patchType: "create", patchClientId: "usd", currencyId: USD }] },
    },
  }));
  assert.equal(created.results.items.length, 6);
  assert.deepEqual([...new Set(created.results.items.map((item) => ("action" in item ? item.action : "removed")))], ["created"]);

  const detail = ok("detail", await api.GET("/ResourceServer/api/v10/Package/{id}/Detail", path)).instance;
  const voice = first(detail.details.services, "services");
  assert.equal(voice.serviceName, "Voice");
  const minutes = first(voice.details.usageBuckets, "buckets");
  assert.equal(minutes.name, "Minutes");
  assert.deepEqual(minutes.details.tiers.map((tier) => Number(tier.threshold)), [0, 100]);
  assert.equal(first(detail.details.frequencies, "frequencies").name, "Monthly");
  assert.deepEqual(detail.details.currencies.map((currency) => currency.currencyId), [USD]);

  // then one change and one removal, each naming its object by identity
  const second = first(minutes.details.tiers.slice(1), "second tier");
  ok("patch again", await api.PATCH("/ResourceServer/api/v10/Package/{id}", {
    ...path,
    body: {
      tiers: { items: [{ patchType: "update", patchClientId: "cheaper", identity: second.identity, money: 0.04 }] },
      packageCurrencies: { items: [{ patchType: "delete", patchClientId: "no-usd",
        identity: first(detail.details.currencies, "currencies").identity }] },
    },
  }));
  const after = ok("detail again", await api.GET("/ResourceServer/api/v10/Package/{id}/Detail", path)).instance;
  const tiers = first(first(first(after.details.services, "services").details.usageBuckets, "buckets").details.tiers.slice(1), "tier");
  assert.equal(Number(tiers.money), 0.04);
  assert.deepEqual(after.details.currencies, []);
}

async function servicesSearchAndLookups(): Promise<void> {
  const distributor = await newDistributor();
  const api = as(await billingToken(distributor.AccountKey, distributor.Secret));
  const voice = first(ok("service", await api.POST("/ResourceServer/api/v10/Service/",
    { body: { name: "Voice", description: "Calls" } })).results.items, "service");
  const path = { params: { path: { id: String(voice.identity) } } };
  assert.equal(ok("get", await api.GET("/ResourceServer/api/v10/Service/{id}", path)).instance.description, "Calls");
  assert.equal(first(ok("update", await api.PUT("/ResourceServer/api/v10/Service/{id}",
    { ...path, body: { description: "Calls and texts" } })).results.items, "update").description, "Calls and texts");
  assert.deepEqual(ok("page", await api.GET("/ResourceServer/api/v10/Service/Paged",
    { params: { query: { pageNumber: "1", pageSize: "10" } } })).pagedResults.items.map((s) => s.identity), [voice.identity]);

  ok("gold", await api.POST("/ResourceServer/api/v10/Package/", { body: { name: "Gold" } }));
  ok("silver", await api.POST("/ResourceServer/api/v10/Package/", { body: { name: "Silver" } }));
  const found = ok("search", await api.POST("/ResourceServer/api/v10/Package/Search",
    { body: { query: { search: [{ name: "name", operator: "contains", value: "old" }] } } }));
  assert.equal(found.pagedResults.totalCount, 1);

  const currencies = ok("lookup page", await api.GET("/ResourceServer/api/v10/{lookup}/Paged",
    { params: { path: { lookup: "Currency" }, query: { pageNumber: "1", pageSize: "2" } } }));
  assert.equal(currencies.pagedResults.items.length, 2);
  assert.ok((currencies.pagedResults.totalCount ?? 0) > 2);

  assert.equal(first(ok("delete", await api.DELETE("/ResourceServer/api/v10/Service/{id}", path)).results.items, "delete").action,
    "deleted");
  assert.equal((await api.GET("/ResourceServer/api/v10/Service/{id}", path)).response.status, 404);
}

async function mpaasPackages(): Promise<void> {
  const distributor = await newDistributor();
  const api = as(await mpaasToken(distributor.AccountKey, distributor.Secret));
  const created = ok("create", await api.POST("/v1.0/packages",
    { body: { PackageName: "Package 10", Type: "sip", Price: 300.5, Monthly: true } }));
  assert.equal(created.DistributorId, distributor.DistributorId);
  const one = ok("get", await api.GET("/v1.0/packages", { params: { query: { PackageId: created.PackageId } } }));
  assert.ok("PackageName" in one && one.PackageName === "Package 10");

  // a price may also be sent as a numeric string, as the mPaaS API's clients do
  const updated = ok("update", await api.POST("/v1.0/packages/update", { body: { PackageId: created.PackageId, Price: "310" } }));
  assert.equal(Number(updated.Price), 310);
  const all = ok("list", await api.GET("/v1.0/packages", { params: { query: { Filter: "All" } } }));
  assert.ok("Packages" in all);
  assert.deepEqual(all.Packages.map((p) => p.PackageId), [created.PackageId]);

  assert.equal(ok("delete", await api.POST("/v1.0/packages/delete", { body: { PackageId: created.PackageId } })).Deleted, true);
  assert.equal((await api.GET("/v1.0/packages", { params: { query: { PackageId: created.PackageId } } })).response.status, 404);
}

async function itemsSalesAndClients(): Promise<void> {
  const distributor = await newDistributor();
  const api = as(await mpaasToken(distributor.AccountKey, distributor.Secret));
  const sms = ok("product", await api.POST("/v1.0/products", { body: { ProductName: "SMS" } }));
  const pkg = ok("package", await api.POST("/v1.0/packages", { body: { PackageName: "Texts", Type: "sip", Price: "1.12", Monthly: true } }));
  const item = ok("add item", await api.POST("/v1.0/packages/items/add",
    { body: { PackageId: pkg.PackageId, ProductId: sms.ProductId, Price: 0.5, Monthly: false } }));
  const items = { params: { query: { PackageId: pkg.PackageId } } };
  assert.deepEqual(ok("items", await api.GET("/v1.0/packages/items", items)).PackageItems.map((i) => i.PackageItemId), [item.PackageItemId]);
  assert.equal(ok("remove item", await api.POST("/v1.0/packages/items/delete", { body: { PackageItemId: item.PackageItemId } })).Deleted,
    true);
  assert.deepEqual(ok("no items", await api.GET("/v1.0/packages/items", items)).PackageItems, []);

  const subscriber = "TSUID-A2AD6FB7-2D53-40CE-96E4-EBB7F7C54509";
  const sold = ok("sale", await api.POST("/v1.0/subscriptions", { body: { SubscriberId: subscriber, PackageId: pkg.PackageId } }));
  assert.equal(sold.SubscriberId, subscriber);
  assert.equal(Number(sold.Price), 1.12);
  assert.equal(ok("cancel", await api.POST("/v1.0/subscriptions/cancel", { body: { SubscriptionId: sold.SubscriptionId } })).Active, false);

  const reader = ok("new client", await api.POST("/v1.0/clients", { body: { Name: "Reporting", Access: "ReadOnly" } }));
  await mpaasToken(reader.AccountKey, reader.Secret);
  const rotated = ok("rotate", await api.POST("/v1.0/clients/rotate", { body: { AccountKey: reader.AccountKey } }));
  await mpaasToken(reader.AccountKey, rotated.Secret);
  assert.ok(ok("revoke", await api.POST("/v1.0/clients/revoke", { body: { AccountKey: reader.AccountKey } })).Revoked);
  const refused = await anonymous.POST("/v1.0/oauth2/tokens", { body: { AccountKey: reader.AccountKey, AccountSecret: rotated.Secret } });
  assert.equal(refused.response.status, 401);
}

const scenarios: Array<[string, () => Promise<void>]> = [
  ["billing packages", billingPackages],
  ["a PATCH of every kind", patchOfEveryKind],
  ["services, search and lookups", servicesSearchAndLookups],
  ["mPaaS packages", mpaasPackages],
  ["items, sales and clients", itemsSalesAndClients],
];
for (const [name, run] of scenarios) {
  await run();
  console.log(`ok: ${name}`);
}
