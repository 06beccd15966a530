package org.packagecatalogue.catalogue.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.packagecatalogue.support.Api.*;
import static org.packagecatalogue.support.ChangeLogRows.Shape.of;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.packages.RecordedChanges;
import org.packagecatalogue.support.Api;
import org.packagecatalogue.support.ChangeLogRows;
import org.packagecatalogue.support.ChangeLogRows.Row;
import org.packagecatalogue.support.Contents;
import org.packagecatalogue.support.Mpaas;

/**
 * Every write operation of both dialects, each with the exact entries it leaves in the change log (type,
 * action, the fields named): one entry per changed object, none for a refused, rolled-back or no-op write.
 */
@QuarkusTest
class ChangeLogTest {

    private static final String SERVICE = Contents.SERVICE;
    private static final String[] PACKAGE_CREATED = {"name", "fullPeriod", "postPaid", "billOnAccountBillDay", "chargeRecurringIfUsage",
            "globalAddOnEligible", "quantityAllowed", "defaultAccountPackageStatusType", "category"};

    @Inject
    AgroalDataSource db;

    @Inject
    RecordedChanges events;

    ChangeLogRows log;

    @BeforeEach
    void rows() {
        log = new ChangeLogRows(db);
    }

    @Test
    void billingWrites() {
        Api.Client distributor = newDistributor();
        String token = distributor.token();
        long[] id = new long[1];
        ExtractableResponse<Response>[] answer = new ExtractableResponse[1];

        List<Row> created = log.expect("POST Package/", () -> answer[0] = as(token).body(Map.of("name", "Logged"))
                .post(PACKAGE + "/").then().statusCode(200).extract(), of("package", "created", PACKAGE_CREATED));
        id[0] = answer[0].jsonPath().getLong("results.items[0].identity");
        Row row = created.get(0);
        assertEquals(id[0], row.objectId());
        assertEquals(answer[0].jsonPath().getString("results.items[0].uid") == null ? row.objectUid() : row.objectUid(), row.objectUid());
        assertEquals("package", row.rootType());
        assertEquals(id[0], row.rootId());
        assertEquals(distributor.clientId(), row.clientId(), "the acting client");
        assertEquals(row.ownerId(), row.clientOwnerId(), "a distributor acts for itself");
        assertEquals(answer[0].header("trackingId"), row.trackingId());
        assertEquals(0L, row.version());
        assertEquals("Logged", row.fields().getJsonObject("name").getString("after"));
        assertTrue(row.fields().getJsonObject("name").isNull("before"));

        List<Row> put = log.expect("PUT Package/{id}", () -> as(token).body(Map.of("name", "Logged 2", "description", "now described"))
                .put(PACKAGE + "/" + id[0]).then().statusCode(200), of("package", "updated", "name", "description"));
        assertEquals("Logged", put.get(0).fields().getJsonObject("name").getString("before"));
        assertEquals("Logged 2", put.get(0).fields().getJsonObject("name").getString("after"));
        assertEquals(1L, put.get(0).version());

        String etag = as(token).get(PACKAGE + "/" + id[0]).then().extract().header("ETag");
        events.take();
        log.expect("PUT Package/{id} with the same values (a no-op)", () -> as(token).body(Map.of("name", "Logged 2"))
                .put(PACKAGE + "/" + id[0]).then().statusCode(200).header("ETag", etag));
        assertEquals(etag, as(token).get(PACKAGE + "/" + id[0]).then().extract().header("ETag"), "a no-op keeps the ETag");
        assertEquals(List.of(), events.take(), "a no-op fires nothing");

        log.expect("PUT Package/{id} refused (400)", () -> as(token).body(Map.of("name", ""))
                .put(PACKAGE + "/" + id[0]).then().statusCode(400));

        long service = Contents.createService(token, "Logged data");
        JsonPath patched = log.expect("PATCH: a service with a bucket and a tier, a frequency and a currency", () -> answer[0] = as(token)
                        .body(Map.of(
                                "packageServices", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 1, "serviceId", service,
                                        "defaultInstances", 1, "minimumInstances", 0, "maximumInstances", 5))),
                                "packageFrequencies", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 2, "frequency", 1,
                                        "frequencyTypeId", 1, "sku", "LOG-M", "name", "Monthly", "isActive", true))),
                                "packageCurrencies", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 3, "currencyId", 840))),
                                "usageBuckets", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 4,
                                        "packageServicePatchClientId", 1, "name", "Data", "usageBucketBaseUnitId", 1))),
                                "tiers", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 5, "usageBucketPatchClientId", 4,
                                        "packageFrequencyPatchClientId", 2, "threshold", 1024, "money", 5, "currencyId", 840, "usageUnitId", 1)))))
                        .patch(PACKAGE + "/" + id[0]).then().statusCode(200).extract(),
                of("packageService", "created", "service", "defaultInstances", "minimumInstances", "maximumInstances", "usageBucketSharePlan"),
                of("packageFrequency", "created", "frequency", "frequencyType", "sku", "name", "active", "usageBucketSharePlan"),
                of("packageCurrency", "created", "currency"),
                of("usageBucket", "created", "packageService", "name", "prorate", "infiniteLastTier", "thresholdPerAccountService",
                        "associatedWithSharePlan", "accountPackageActivation", "sharedAcrossPackage", "bytesInBinaryUnit", "baseUnit"),
                of("tier", "created", "usageBucket", "threshold", "money", "currency", "usageUnit", "packageFrequency", "tierOverride"))
                .isEmpty() ? null : answer[0].jsonPath();
        long tier = patched.getLong("results.items.find { it.patchClientId == 5 }.identity");
        long packageService = patched.getLong("results.items.find { it.patchClientId == 1 }.identity");
        List<Row> tierRows = log.since(log.mark() - 1);
        assertEquals(2L, tierRows.get(0).version(), "an entry of the contents carries the package's new version");

        List<Row> tierUpdate = log.expect("PATCH: update a tier", () -> as(token).body(Map.of("tiers", Map.of("items", List.of(Map.of(
                        "patchType", "update", "patchClientId", 1, "identity", tier, "threshold", 2048)))))
                .patch(PACKAGE + "/" + id[0]).then().statusCode(200), of("tier", "updated", "threshold"));
        assertEquals(1024, tierUpdate.get(0).fields().getJsonObject("threshold").getInt("before"));
        assertEquals(2048, tierUpdate.get(0).fields().getJsonObject("threshold").getInt("after"));
        assertEquals(id[0], tierUpdate.get(0).rootId());

        log.expect("PATCH: the same value again (a no-op)", () -> as(token).body(Map.of("tiers", Map.of("items", List.of(Map.of(
                "patchType", "update", "patchClientId", 1, "identity", tier, "threshold", 2048)))))
                .patch(PACKAGE + "/" + id[0]).then().statusCode(200));

        log.expect("PATCH: one good item and one bad roll back together", () -> as(token).body(Map.of("tiers", Map.of("items", List.of(
                        Map.of("patchType", "update", "patchClientId", 1, "identity", tier, "threshold", 4096),
                        Map.of("patchType", "update", "patchClientId", 2, "identity", tier + 1000, "threshold", 1)))))
                .patch(PACKAGE + "/" + id[0]).then().statusCode(400));

        log.expect("PATCH: delete the service, with its bucket and tier", () -> as(token).body(Map.of("packageServices", Map.of("items",
                        List.of(Map.of("patchType", "delete", "patchClientId", 1, "identity", packageService)))))
                .patch(PACKAGE + "/" + id[0]).then().statusCode(200),
                of("tier", "deleted", "usageBucket", "threshold", "money", "currency", "usageUnit", "packageFrequency", "tierOverride"),
                of("usageBucket", "deleted", "packageService", "name", "prorate", "infiniteLastTier", "thresholdPerAccountService",
                        "associatedWithSharePlan", "accountPackageActivation", "sharedAcrossPackage", "bytesInBinaryUnit", "baseUnit"),
                of("packageService", "deleted", "service", "defaultInstances", "minimumInstances", "maximumInstances", "usageBucketSharePlan"));

        List<Row> deleted = log.expect("DELETE Package/{id}: the package and what it still holds", () -> as(token)
                        .delete(PACKAGE + "/" + id[0]).then().statusCode(200),
                of("packageFrequency", "deleted", "frequency", "frequencyType", "sku", "name", "active", "usageBucketSharePlan"),
                of("packageCurrency", "deleted", "currency"),
                of("package", "deleted", "name", "description", "fullPeriod", "postPaid", "billOnAccountBillDay", "chargeRecurringIfUsage",
                        "globalAddOnEligible", "quantityAllowed", "defaultAccountPackageStatusType", "category"));
        Row last = deleted.get(deleted.size() - 1);
        assertEquals("package", last.objectType(), "the package's own entry comes after its contents'");
        assertTrue(last.fields().getJsonObject("name").isNull("after"));

        log.expect("DELETE Package/{id} of a package that is gone (404)", () -> as(token).delete(PACKAGE + "/" + id[0]).then().statusCode(404));

        long[] svc = new long[1];
        log.expect("POST Service/", () -> svc[0] = Contents.createService(token, "Voice"), of("service", "created", "name", "category"));
        log.expect("PUT Service/{id}", () -> as(token).body(Map.of("name", "Voice 2")).put(SERVICE + "/" + svc[0]).then().statusCode(200),
                of("service", "updated", "name"));
        log.expect("PUT Service/{id} with the same name (a no-op)", () -> as(token).body(Map.of("name", "Voice 2"))
                .put(SERVICE + "/" + svc[0]).then().statusCode(200).header("ETag", "\"1\""));
        log.expect("DELETE Service/{id}", () -> as(token).delete(SERVICE + "/" + svc[0]).then().statusCode(200),
                of("service", "deleted", "name", "category"));
    }

    @Test
    void mpaasWrites() {
        Api.Client distributor = newDistributor();
        String token = Mpaas.token(distributor, null);
        String[] pid = new String[1];
        log.expect("POST /v1.0/packages", () -> pid[0] = Mpaas.createPackage(token, "Logged", 5, true),
                of("package", "created", PACKAGE_CREATED_WITH("description", "saleType")),
                of("packageFrequency", "created", "frequency", "frequencyType", "name", "active", "usageBucketSharePlan", "price"));
        log.expect("packages/update: the price", () -> as(token).body(Map.of("PackageId", pid[0], "Price", 7))
                .post(Mpaas.PACKAGES + "/update").then().statusCode(200), of("packageFrequency", "updated", "price"));
        log.expect("packages/update: the same price (a no-op)", () -> as(token).body(Map.of("PackageId", pid[0], "Price", 7))
                .post(Mpaas.PACKAGES + "/update").then().statusCode(200));

        String[] product = new String[1];
        log.expect("POST /v1.0/products", () -> product[0] = as(token).body(Map.of("ProductName", "P", "Description", "a product"))
                .post("/v1.0/products").then().statusCode(200).extract().path("ProductId"), of("service", "created", "name", "description", "category"));
        log.expect("products/update", () -> as(token).body(Map.of("ProductId", product[0], "ProductName", "P2"))
                .post("/v1.0/products/update").then().statusCode(200), of("service", "updated", "name"));

        String[] item = new String[1];
        log.expect("packages/items/add", () -> item[0] = as(token).body(Map.of("PackageId", pid[0], "ProductId", product[0]))
                        .post(Mpaas.PACKAGES + "/items/add").then().statusCode(200).extract().path("PackageItemId"),
                of("packageService", "created", "service", "defaultInstances", "minimumInstances", "maximumInstances", "usageBucketSharePlan"));
        log.expect("products/delete while a package holds it (409)", () -> as(token).body(Map.of("ProductId", product[0]))
                .post("/v1.0/products/delete").then().statusCode(409));
        log.expect("packages/items/delete", () -> as(token).body(Map.of("PackageItemId", item[0]))
                        .post(Mpaas.PACKAGES + "/items/delete").then().statusCode(200),
                of("packageService", "deleted", "service", "defaultInstances", "minimumInstances", "maximumInstances", "usageBucketSharePlan"));
        log.expect("products/delete", () -> as(token).body(Map.of("ProductId", product[0])).post("/v1.0/products/delete").then().statusCode(200),
                of("service", "deleted", "name", "description", "category"));

        String[] sub = new String[1];
        List<Row> sold = log.expect("POST /v1.0/subscriptions (a sale)", () -> sub[0] = as(token)
                        .body(Map.of("SubscriberId", "SID-00000000-0000-4000-8000-0000000000ab", "PackageId", pid[0]))
                        .post("/v1.0/subscriptions").then().statusCode(200).extract().path("SubscriptionId"),
                of("subscription", "sold", "subscriberId", "saleType", "price", "monthly", "active"));
        assertEquals("package", sold.get(0).rootType());
        log.expect("packages/delete with an active subscription (409)", () -> as(token).body(Map.of("PackageId", pid[0]))
                .post(Mpaas.PACKAGES + "/delete").then().statusCode(409));
        log.expect("subscriptions/cancel", () -> as(token).body(Map.of("SubscriptionId", sub[0]))
                .post("/v1.0/subscriptions/cancel").then().statusCode(200), of("subscription", "cancelled", "active", "cancelled"));
        log.expect("subscriptions/cancel again (409)", () -> as(token).body(Map.of("SubscriptionId", sub[0]))
                .post("/v1.0/subscriptions/cancel").then().statusCode(409));
        log.expect("packages/delete: the package, its frequency and its cancelled subscription", () -> as(token)
                        .body(Map.of("PackageId", pid[0])).post(Mpaas.PACKAGES + "/delete").then().statusCode(200),
                of("subscription", "deleted", "subscriberId", "saleType", "price", "monthly", "active", "cancelled"),
                of("packageFrequency", "deleted", "frequency", "frequencyType", "name", "active", "usageBucketSharePlan", "price"),
                of("package", "deleted", PACKAGE_CREATED_WITH("description", "saleType")));
    }

    @Test
    void clientsAndDistributors() {
        String aggregator = aggregator().token();
        List<Row> onboarded = log.expect("distributor/create", () -> as(aggregator).body(Map.of("DistributorName", "Logged distributor"))
                        .post("/v1.0/distributor/create").then().statusCode(200),
                of("distributor", "created", "kind", "name", "parent", "path"),
                of("client", "created", "clientId", "access"));
        assertTrue(onboarded.stream().noneMatch(r -> r.fields().toString().toLowerCase().contains("secret")), "no secret, no hash");
        Api.Client distributor = newDistributor();
        String token = distributor.token();
        String[] key = new String[1];
        List<Row> made = log.expect("clients: create", () -> key[0] = as(token).body(Map.of("Name", "ci", "Access", "ReadOnly"))
                .post("/v1.0/clients").then().statusCode(200).extract().path("AccountKey"), of("client", "created", "clientId", "access", "name"));
        assertEquals(key[0], made.get(0).objectUid());
        log.expect("clients: rotate", () -> as(token).body(Map.of("AccountKey", key[0])).post("/v1.0/clients/rotate").then().statusCode(200),
                of("client", "rotated", "rotated"));
        log.expect("clients: revoke", () -> as(token).body(Map.of("AccountKey", key[0])).post("/v1.0/clients/revoke").then().statusCode(200),
                of("client", "revoked", "revoked"));
        log.expect("clients: revoke again (answered as it is)", () -> as(token).body(Map.of("AccountKey", key[0]))
                .post("/v1.0/clients/revoke").then().statusCode(200));
        Row revoked = log.since(0).stream().filter(r -> r.objectUid().equals(key[0]) && r.action().equals("revoked")).findFirst().orElseThrow();
        assertNull(revoked.fields().get("secretHash"));
    }

    @Test
    void webhookEndpoints() {
        String token = Mpaas.token(newDistributor(), null);
        String[] id = new String[1];
        List<Row> made = log.expect("webhooks: register", () -> id[0] = as(token).body(Map.of("Url", "http://localhost:9/hook",
                        "EventTypes", List.of("package.*"))).post("/v1.0/webhooks").then().statusCode(200).extract().path("WebhookId"),
                of("webhook", "created", "dialect", "url", "eventTypes", "includeDistributors", "enabled"));
        assertTrue(made.get(0).fields().toString().toLowerCase().contains("whsec_") == false, "no secret");
        log.expect("webhooks: update", () -> as(token).body(Map.of("WebhookId", id[0], "Description", "now described"))
                .post("/v1.0/webhooks/update").then().statusCode(200), of("webhook", "updated", "description"));
        log.expect("webhooks: rotate (the secret itself is never recorded)", () -> as(token).body(Map.of("WebhookId", id[0]))
                .post("/v1.0/webhooks/rotate").then().statusCode(200));
        log.expect("webhooks: disable", () -> as(token).body(Map.of("WebhookId", id[0])).post("/v1.0/webhooks/disable").then().statusCode(200),
                of("webhook", "updated", "enabled", "disabledReason", "disabledAt"));
        log.expect("webhooks: delete", () -> as(token).body(Map.of("WebhookId", id[0])).post("/v1.0/webhooks/delete").then().statusCode(200),
                of("webhook", "deleted", "dialect", "url", "eventTypes", "description", "includeDistributors", "enabled", "disabledReason",
                        "disabledAt"));
    }

    private static String[] PACKAGE_CREATED_WITH(String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(PACKAGE_CREATED));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
