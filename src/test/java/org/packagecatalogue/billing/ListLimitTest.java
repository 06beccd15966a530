package org.packagecatalogue.billing;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Mpaas;

/** Unpaged lists answer at most the list limit (here 3), and still tell the true total where they have one. */
@QuarkusTest
@TestProfile(ListLimitTest.SmallLists.class)
class ListLimitTest {

    public static class SmallLists implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalogue.list.max-items", "3");
        }
    }

    @Test
    void unpagedListsAreCappedAndCountTheRest() {
        String token = newDistributor().token();
        for (int i = 0; i < 5; i++) {
            long id = createPackage(token, "Listed " + i);
            as(token).body(Map.of("packageCurrencies", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 1, "currencyId", 840)))))
                    .patch(PACKAGE + "/" + id).then().statusCode(200);
        }
        as(token).get(PACKAGE + "/").then().statusCode(200)
                .body("totalCount", equalTo(5))
                .body("items", hasSize(3))
                .body("items.name", contains("Listed 0", "Listed 1", "Listed 2"));
        as(token).get(PACKAGE + "/AvailableFor/Currency/840").then().statusCode(200)
                .body("totalCount", equalTo(5))
                .body("items", hasSize(3));
        as(token).get(Mpaas.PACKAGES).then().statusCode(200).body("Packages", hasSize(3));
        for (int i = 0; i < 4; i++) {
            as(token).body(Map.of("name", "Service " + i)).post("/ResourceServer/api/v10/Service/").then().statusCode(200);
        }
        as(token).get("/ResourceServer/api/v10/Service/").then().statusCode(200)
                .body("totalCount", equalTo(4))
                .body("items.name", contains("Service 0", "Service 1", "Service 2"));
        as(token).get("/v1.0/products").then().statusCode(200).body("Products.ProductName", contains("Service 0", "Service 1", "Service 2"));
        // the rest is there for paging
        as(token).queryParam("pageNumber", 2).queryParam("pageSize", 3).get(PACKAGE + "/Paged").then().statusCode(200)
                .body("pagedResults.items.name", contains("Listed 3", "Listed 4"));
    }

    @Test
    void anOwnersClientsWebhooksAndAPackagesSubscriptionsAreCappedToo() {
        Client distributor = newDistributor();
        String token = Mpaas.token(distributor, null);
        for (int i = 0; i < 4; i++) {
            as(token).body(Map.of("Name", "Client " + i, "Access", "ReadOnly")).post("/v1.0/clients").then().statusCode(200);
            as(token).body(Map.of("Url", "http://localhost:9/hook" + i)).post("/v1.0/webhooks").then().statusCode(200);
        }
        as(token).get("/v1.0/clients").then().statusCode(200).body("Clients.Name", contains(null, "Client 0", "Client 1"));
        as(token).get("/v1.0/webhooks").then().statusCode(200).body("Webhooks.Url",
                contains("http://localhost:9/hook0", "http://localhost:9/hook1", "http://localhost:9/hook2"));
        String pkg = Mpaas.createPackage(token, "Sold often", 5, true);
        for (int i = 0; i < 4; i++) {
            as(token).body(Map.of("SubscriberId", "TSUID-00000000-0000-4000-8000-00000000000" + i, "PackageId", pkg))
                    .post("/v1.0/subscriptions").then().statusCode(200);
        }
        as(token).queryParam("PackageId", pkg).get("/v1.0/packages/subscriptions").then().statusCode(200)
                .body("Subscriptions.SubscriberId", contains("TSUID-00000000-0000-4000-8000-000000000000",
                        "TSUID-00000000-0000-4000-8000-000000000001", "TSUID-00000000-0000-4000-8000-000000000002"));
    }
}
