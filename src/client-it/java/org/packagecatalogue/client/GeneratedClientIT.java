package org.packagecatalogue.client;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.client.api.*;
import org.packagecatalogue.client.model.*;
import org.packagecatalogue.packaged.ExternalPostgres;
import org.packagecatalogue.support.TestCredentials;

/**
 * What an integrator does: generate a Java client from the served document (openapi-generator, at the build's
 * package phase, from target/openapi/openapi.json) and run the catalogue's calls with it, only through its types,
 * against the packaged application: tokens, package CRUD and paging in each dialect, a PATCH of every kind of
 * child, Service CRUD, a search, a lookup page, mPaaS items, a sale and its cancellation, and a client's life.
 */
@QuarkusIntegrationTest
@WithTestResource(ExternalPostgres.class)
class GeneratedClientIT {

    private static final int USD = 840;

    private ApiClient anonymous;

    @BeforeEach
    void client() {
        anonymous = new ApiClient().setHost("localhost").setPort(RestAssured.port).setScheme("http");
    }

    private ApiClient withToken(String token) {
        ApiClient client = new ApiClient().setHost("localhost").setPort(RestAssured.port).setScheme("http")
                .setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        // The document says no answer has a field it does not list (additionalProperties: false); holding the
        // generated models to that is also what lets the client tell "one package" from "the list" (oneOf)
        return client.setObjectMapper(ApiClient.createDefaultObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
    }

    /** The configured aggregator onboards a fresh distributor through the generated client. */
    private NewDistributor newDistributor() throws ApiException {
        String aggregator = new OAuth2MPaaSDialectApi(anonymous).mpaasCreateToken(new MpaasTokenRequest()
                .accountKey(TestCredentials.AGGREGATOR_KEY).accountSecret(TestCredentials.AGGREGATOR_SECRET)).getToken();
        return new DistributorsMPaaSDialectApi(withToken(aggregator))
                .mpaasCreateDistributor(new MpaasDistributorCreate().distributorName("Generated client " + UUID.randomUUID()));
    }

    @Test
    void theBillingDialectThroughTheGeneratedClient() throws ApiException {
        NewDistributor distributor = newDistributor();
        String token = new AccessBillingDialectApi(anonymous)
                .login("password", distributor.getAccountKey(), distributor.getSecret(), null, null, null).getAccessToken();
        PackageBillingDialectApi packages = new PackageBillingDialectApi(withToken(token));

        BillingPackageWrite created = packages.createPackage(new BillingPackageRequest().name("Gold").description("Generated"), null);
        PackageView pkg = created.getResults().getItems().get(0);
        String id = String.valueOf(pkg.getIdentity());
        assertEquals("Gold", packages.getPackage(id).getInstance().getName());

        PackageView updated = packages.updatePackage(id, new BillingPackageRequest().description("Changed"), null)
                .getResults().getItems().get(0);
        assertEquals("Gold", updated.getName());
        assertEquals("Changed", updated.getDescription());

        var page = packages.getPackagesPaged(null, "1", "10", null);
        assertEquals(1L, page.getPagedResults().getTotalCount());
        assertEquals(pkg.getIdentity(), page.getPagedResults().getItems().get(0).getIdentity());

        assertEquals("deleted", packages.deletePackage(id, null).getResults().getItems().get(0).getAction());
        ApiException gone = assertThrows(ApiException.class, () -> packages.getPackage(id));
        assertEquals(404, gone.getCode());
        ApiException invalid = assertThrows(ApiException.class, () -> packages.createPackage(new BillingPackageRequest().name(""), null));
        assertEquals(400, invalid.getCode());
    }

    @Test
    void theMpaasDialectThroughTheGeneratedClient() throws ApiException {
        NewDistributor distributor = newDistributor();
        String token = new OAuth2MPaaSDialectApi(anonymous).mpaasCreateToken(new MpaasTokenRequest()
                .accountKey(distributor.getAccountKey()).accountSecret(distributor.getSecret())).getToken();
        PackagesMPaaSDialectApi packages = new PackagesMPaaSDialectApi(withToken(token));

        MpaasPackage created = packages.mpaasCreatePackage(new MpaasPackageCreate().packageName("Package 10").type("sip")
                .price(new MpaasPrice(new BigDecimal("300.5"))).monthly(true), null);
        assertEquals(distributor.getDistributorId(), created.getDistributorId());
        assertEquals("Package 10", packages.mpaasGetPackages(null, created.getPackageId()).getMpaasPackage().getPackageName());

        // a price may also be sent as a numeric string, as the mPaaS API's clients do
        MpaasPackage updated = packages.mpaasUpdatePackage(new MpaasPackageUpdate().packageId(created.getPackageId())
                .price(new MpaasPrice("310")), null);
        assertEquals(0, new BigDecimal("310").compareTo(updated.getPrice()));

        var list = packages.mpaasGetPackages("All", null).getMpaasPackageList().getPackages();
        assertEquals(1, list.size());
        assertEquals(created.getPackageId(), list.get(0).getPackageId());

        assertTrue(packages.mpaasDeletePackage(new MpaasPackageRef().packageId(created.getPackageId()), null).getDeleted());
        ApiException gone = assertThrows(ApiException.class, () -> packages.mpaasGetPackages(null, created.getPackageId()));
        assertEquals(404, gone.getCode());
    }

    @Test
    void aPatchBuildsAServiceWithABucketOfTwoTiersAFrequencyAndACurrencyThenChangesAndRemovesOne() throws ApiException {
        NewDistributor distributor = newDistributor();
        ApiClient client = withToken(billingToken(distributor));
        PackageBillingDialectApi packages = new PackageBillingDialectApi(client);
        long serviceId = new ServiceBillingDialectApi(client).createService(new BillingServiceRequest().name("Voice"), null)
                .getResults().getItems().get(0).getIdentity();
        String id = String.valueOf(packages.createPackage(new BillingPackageRequest().name("Typed"), null)
                .getResults().getItems().get(0).getIdentity());

        BillingPatchResults created = packages.patchPackage(id, new BillingPackagePatch()
                .packageServices(new BillingPackageServicePatchCollection().items(List.of(new BillingPackageServicePatchItem(
                        new BillingPackageServicePatchCreate().patchType(BillingPackageServicePatchCreate.PatchTypeEnum.CREATE)
                                .patchClientId(new BillingPatchClientId("voice")).serviceId(serviceId)
                                .minimumInstances(0).defaultInstances(1).maximumInstances(2)))))
                .usageBuckets(new BillingUsageBucketPatchCollection().items(List.of(new BillingUsageBucketPatchItem(
                        new BillingUsageBucketPatchCreate().patchType(BillingUsageBucketPatchCreate.PatchTypeEnum.CREATE)
                                .patchClientId(new BillingPatchClientId("minutes"))
                                .packageServicePatchClientId(new BillingPatchClientId("voice")).name("Minutes")))))
                .tiers(new BillingTierPatchCollection().items(List.of(
                        new BillingTierPatchItem(new BillingTierPatchCreate().patchType(BillingTierPatchCreate.PatchTypeEnum.CREATE)
                                .patchClientId(new BillingPatchClientId(1)).usageBucketPatchClientId(new BillingPatchClientId("minutes"))
                                .threshold(BigDecimal.ZERO).money(new BigDecimal("0.10"))),
                        new BillingTierPatchItem(new BillingTierPatchCreate().patchType(BillingTierPatchCreate.PatchTypeEnum.CREATE)
                                .patchClientId(new BillingPatchClientId(2)).usageBucketPatchClientId(new BillingPatchClientId("minutes"))
                                .threshold(new BigDecimal("100")).money(new BigDecimal("0.05"))))))
                .packageFrequencies(new BillingFrequencyPatchCollection().items(List.of(new BillingFrequencyPatchItem(
                        new BillingFrequencyPatchCreate().patchType(BillingFrequencyPatchCreate.PatchTypeEnum.CREATE)
                                .patchClientId(new BillingPatchClientId("monthly")).frequencyTypeId(1).frequency(1).name("Monthly")))))
                .packageCurrencies(new BillingCurrencyPatchCollection().items(List.of(new BillingCurrencyPatchItem(
                        new BillingCurrencyPatchCreate().patchType(BillingCurrencyPatchCreate.PatchTypeEnum.CREATE)
                                .patchClientId(new BillingPatchClientId("usd")).currencyId(USD))))), null, null);
        List<PatchResult> results = created.getResults().getItems().stream().map(item -> item.getPatchResult()).toList();
        assertEquals(6, results.size());
        assertEquals(List.of("created"), results.stream().map(PatchResult::getAction).distinct().toList());

        PackageDetailView detail = packages.getPackageDetail(id).getInstance();
        ServiceView voice = detail.getDetails().getServices().get(0);
        assertEquals("Voice", voice.getServiceName());
        UsageBucketView minutes = voice.getDetails().getUsageBuckets().get(0);
        assertEquals("Minutes", minutes.getName());
        List<TierView> tiers = minutes.getDetails().getTiers();
        assertEquals(List.of(0, 100), tiers.stream().map(t -> t.getThreshold().intValue()).toList());
        assertEquals("Monthly", detail.getDetails().getFrequencies().get(0).getName());
        assertEquals(List.of(USD), detail.getDetails().getCurrencies().stream().map(CurrencyView::getCurrencyId).toList());

        // then one change and one removal, each naming its object by identity
        packages.patchPackage(id, new BillingPackagePatch()
                .tiers(new BillingTierPatchCollection().items(List.of(new BillingTierPatchItem(
                        new BillingTierPatchChange().patchType(BillingTierPatchChange.PatchTypeEnum.UPDATE)
                                .patchClientId(new BillingPatchClientId("cheaper")).identity(tiers.get(1).getIdentity())
                                .money(new BigDecimal("0.04"))))))
                .packageCurrencies(new BillingCurrencyPatchCollection().items(List.of(new BillingCurrencyPatchItem(
                        new BillingCurrencyPatchChange().patchType(BillingCurrencyPatchChange.PatchTypeEnum.DELETE)
                                .patchClientId(new BillingPatchClientId("no-usd"))
                                .identity(detail.getDetails().getCurrencies().get(0).getIdentity()))))), null, null);
        PackageDetailView after = packages.getPackageDetail(id).getInstance();
        assertEquals(0, new BigDecimal("0.04").compareTo(after.getDetails().getServices().get(0).getDetails().getUsageBuckets().get(0)
                .getDetails().getTiers().get(1).getMoney()));
        assertEquals(List.of(), after.getDetails().getCurrencies());
    }

    @Test
    void servicesSearchAndLookupsThroughTheGeneratedClient() throws ApiException {
        ApiClient client = withToken(billingToken(newDistributor()));
        ServiceBillingDialectApi services = new ServiceBillingDialectApi(client);
        Service voice = services.createService(new BillingServiceRequest().name("Voice").description("Calls"), null).getResults().getItems().get(0);
        String id = String.valueOf(voice.getIdentity());
        assertEquals("Calls", services.getService(id).getInstance().getDescription());
        assertEquals("Calls and texts", services.updateService(id, new BillingServiceRequest().description("Calls and texts"), null)
                .getResults().getItems().get(0).getDescription());
        assertEquals(List.of(voice.getIdentity()), services.getServicesPaged(null, "1", "10", null).getPagedResults().getItems()
                .stream().map(Service::getIdentity).toList());

        PackageBillingDialectApi packages = new PackageBillingDialectApi(client);
        packages.createPackage(new BillingPackageRequest().name("Gold"), null);
        packages.createPackage(new BillingPackageRequest().name("Silver"), null);
        BillingSearch byName = new BillingSearch().query(new BillingSearchQuery().search(List.of(new BillingSearchQuerySearchInner()
                .name("name").operator(BillingSearchQuerySearchInner.OperatorEnum.CONTAINS).value("old"))));
        assertEquals(1L, packages.searchPackages(byName).getPagedResults().getTotalCount());

        var currencies = new LookupsBillingDialectApi(client).getLookupPaged("Currency", null, "1", "2", null);
        assertEquals(2, currencies.getPagedResults().getItems().size());
        assertTrue(currencies.getPagedResults().getTotalCount() > 2);

        assertEquals("deleted", services.deleteService(id, null).getResults().getItems().get(0).getAction());
        assertEquals(404, assertThrows(ApiException.class, () -> services.getService(id)).getCode());
    }

    @Test
    void itemsSalesAndClientsThroughTheGeneratedClient() throws ApiException {
        NewDistributor distributor = newDistributor();
        ApiClient client = withToken(mpaasToken(distributor.getAccountKey(), distributor.getSecret()));
        Product sms = new ProductsMPaaSDialectApi(client).mpaasCreateProduct(new MpaasProductCreate().productName("SMS"), null);
        PackagesMPaaSDialectApi packages = new PackagesMPaaSDialectApi(client);
        MpaasPackage pkg = packages.mpaasCreatePackage(new MpaasPackageCreate().packageName("Texts").type("sip")
                .price(new MpaasPrice("1.12")).monthly(true), null);
        PackageItem item = packages.mpaasAddPackageItem(new MpaasPackageItemAdd().packageId(pkg.getPackageId())
                .productId(sms.getProductId()).price(new MpaasPrice(new BigDecimal("0.5"))).monthly(false), null);
        assertEquals(List.of(item.getPackageItemId()), packages.mpaasGetPackageItems(pkg.getPackageId()).getPackageItems()
                .stream().map(PackageItem::getPackageItemId).toList());
        assertTrue(packages.mpaasDeletePackageItem(new MpaasPackageItemRef().packageItemId(item.getPackageItemId())).getDeleted());
        assertEquals(List.of(), packages.mpaasGetPackageItems(pkg.getPackageId()).getPackageItems());

        SubscriptionsMPaaSDialectApi subscriptions = new SubscriptionsMPaaSDialectApi(client);
        String subscriber = "TSUID-A2AD6FB7-2D53-40CE-96E4-EBB7F7C54509";
        Subscription sold = subscriptions.mpaasSubscribe(new MpaasSubscribe().subscriberId(subscriber).packageId(pkg.getPackageId()), null);
        assertEquals(subscriber, sold.getSubscriberId());
        assertEquals(0, new BigDecimal("1.12").compareTo(sold.getPrice()));
        assertFalse(subscriptions.mpaasCancelSubscription(new MpaasSubscriptionRef().subscriptionId(sold.getSubscriptionId())).getActive());

        ApiClientsMPaaSDialectApi clients = new ApiClientsMPaaSDialectApi(client);
        ApiClientWithSecret reader = clients.mpaasCreateClient(new ApiClientCreate().name("Reporting").access(ApiClientCreate.AccessEnum.READ_ONLY));
        mpaasToken(reader.getAccountKey(), reader.getSecret());
        ApiClientWithSecret rotated = clients.mpaasRotateClientSecret(new ApiClientRef().accountKey(reader.getAccountKey()));
        mpaasToken(reader.getAccountKey(), rotated.getSecret());
        assertNotNull(clients.mpaasRevokeClient(new ApiClientRef().accountKey(reader.getAccountKey())).getRevoked());
        assertEquals(401, assertThrows(ApiException.class, () -> mpaasToken(reader.getAccountKey(), rotated.getSecret())).getCode());
    }

    private String billingToken(NewDistributor distributor) throws ApiException {
        return new AccessBillingDialectApi(anonymous)
                .login("password", distributor.getAccountKey(), distributor.getSecret(), null, null, null).getAccessToken();
    }

    private String mpaasToken(String key, String secret) throws ApiException {
        return new OAuth2MPaaSDialectApi(anonymous).mpaasCreateToken(new MpaasTokenRequest().accountKey(key).accountSecret(secret)).getToken();
    }
}
