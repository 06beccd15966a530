package org.packagecatalogue.client;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.client.api.DistributorsMPaaSDialectApi;
import org.packagecatalogue.client.api.AccessBillingDialectApi;
import org.packagecatalogue.client.api.OAuth2MPaaSDialectApi;
import org.packagecatalogue.client.api.PackageBillingDialectApi;
import org.packagecatalogue.client.api.PackagesMPaaSDialectApi;
import org.packagecatalogue.client.model.BillingPackageRequest;
import org.packagecatalogue.client.model.BillingPackageWrite;
import org.packagecatalogue.client.model.MpaasDistributorCreate;
import org.packagecatalogue.client.model.MpaasPackage;
import org.packagecatalogue.client.model.MpaasPackageCreate;
import org.packagecatalogue.client.model.MpaasPackageRef;
import org.packagecatalogue.client.model.MpaasPackageUpdate;
import org.packagecatalogue.client.model.MpaasTokenRequest;
import org.packagecatalogue.client.model.NewDistributor;
import org.packagecatalogue.client.model.PackageView;
import org.packagecatalogue.packaged.ExternalPostgres;
import org.packagecatalogue.support.TestCredentials;

/**
 * What an integrator does first: generate a Java client from the served document (openapi-generator, at the
 * build's package phase, from target/openapi/openapi.json) and run a short scenario with it in each dialect,
 * against the packaged application: token, create, read, update, list or page, delete, and an error.
 */
@QuarkusIntegrationTest
@WithTestResource(ExternalPostgres.class)
class GeneratedClientIT {

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
                .price(new BigDecimal("300.5")).monthly(true), null);
        assertEquals(distributor.getDistributorId(), created.getDistributorId());
        assertEquals("Package 10", packages.mpaasGetPackages(null, created.getPackageId()).getMpaasPackage().getPackageName());

        MpaasPackage updated = packages.mpaasUpdatePackage(new MpaasPackageUpdate().packageId(created.getPackageId())
                .price(new BigDecimal("310")), null);
        assertEquals(0, new BigDecimal("310").compareTo(updated.getPrice()));

        var list = packages.mpaasGetPackages("All", null).getMpaasPackageList().getPackages();
        assertEquals(1, list.size());
        assertEquals(created.getPackageId(), list.get(0).getPackageId());

        assertTrue(packages.mpaasDeletePackage(new MpaasPackageRef().packageId(created.getPackageId()), null).getDeleted());
        ApiException gone = assertThrows(ApiException.class, () -> packages.mpaasGetPackages(null, created.getPackageId()));
        assertEquals(404, gone.getCode());
    }
}
