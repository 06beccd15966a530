package org.packagecatalogue.mpaas;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;
import static org.packagecatalogue.support.Mpaas.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;

/** One catalogue, two dialects: what one writes, the other reads, changes and deletes. */
@QuarkusTest
class CrossDialectTest {

    @Test
    void aPackageMadeInMpaasIsReadChangedAndDeletedThroughBilling() {
        Api.Client distributor = newDistributor();
        String token = token(distributor, null);
        String pid = createPackage(token, "Cross Gold", "29.99", true);
        var found = as(token).body(Map.of("query", Map.of("search", List.of(Map.of("name", "name", "operator", "eq", "value", "Cross Gold")))))
                .post(PACKAGE + "/Search").then().statusCode(200).extract().jsonPath();
        long identity = found.getLong("pagedResults.items[0].identity");

        as(token).get(PACKAGE + "/" + identity + "/Detail").then().statusCode(200)
                .body("instance.name", equalTo("Cross Gold"))
                .body("instance.description", equalTo("Cross Gold description"))
                .body("instance.ownerName", startsWith("Distributor "))
                .body("instance.details.frequencies", hasSize(1))
                .body("instance.details.frequencies[0].frequencyTypeName", equalTo("Monthly"))
                .body("instance.details.frequencies[0].price", equalTo(29.99f));

        // billing changes the name and the price: mPaaS reads both
        as(token).body(Map.of("name", "Cross Platinum")).put(PACKAGE + "/" + identity).then().statusCode(200);
        long pricing = as(token).get(PACKAGE + "/" + identity + "/Detail").then().extract().jsonPath().getLong("instance.details.frequencies[0].identity");
        as(token).body(Map.of("packageFrequencies", Map.of("items", List.of(
                        Map.of("patchType", "update", "patchClientId", 1, "identity", pricing, "price", 35, "frequencyTypeId", 3)))))
                .patch(PACKAGE + "/" + identity).then().statusCode(200);
        as(token).queryParam("PackageId", pid).get(PACKAGES).then().statusCode(200)
                .body("PackageName", equalTo("Cross Platinum"))
                .body("Price", equalTo(35))
                .body("Monthly", equalTo(false))
                .body("DistributorId", equalTo(distributor.ownerId()));

        // billing deletes it: mPaaS no longer finds it
        as(token).delete(PACKAGE + "/" + identity).then().statusCode(200);
        error(as(token).queryParam("PackageId", pid).get(PACKAGES).then(), 404, "Not found");
    }

    @Test
    void aPackageMadeInBillingIsReadChangedAndDeletedThroughMpaas() {
        Api.Client distributor = newDistributor();
        String token = distributor.token(); // a billing token works on /v1.0 too
        long identity = as(token).body(Map.of("name", "Billing Made", "description", "From billing")).post(PACKAGE + "/")
                .then().statusCode(200).extract().jsonPath().getLong("results.items[0].identity");
        String pid = as(token).get(PACKAGES).then().statusCode(200)
                .body("Packages", hasSize(1))
                .body("Packages[0].PackageName", equalTo("Billing Made"))
                .body("Packages[0].Description", equalTo("From billing"))
                .body("Packages[0].Price", equalTo(0))
                .body("Packages[0].Monthly", equalTo(false))
                .body("Packages[0].Active", equalTo(true))
                .body("Packages[0].DistributorId", equalTo(distributor.ownerId()))
                .extract().path("Packages[0].PackageId");

        // mPaaS prices it: billing sees a Monthly pricing frequency with that price
        as(token).body(Map.of("PackageId", pid, "Price", 12.5, "Monthly", true, "Type", "esim")).post(PACKAGES + "/update").then()
                .statusCode(200).body("Price", equalTo(12.5f)).body("Monthly", equalTo(true)).body("Type", equalTo("esim"));
        as(token).get(PACKAGE + "/" + identity + "/Detail").then().statusCode(200)
                .body("instance.name", equalTo("Billing Made"))
                .body("instance.details.frequencies[0].frequencyTypeName", equalTo("Monthly"))
                .body("instance.details.frequencies[0].price", equalTo(12.5f));

        // mPaaS deletes it: billing no longer finds it
        as(token).body(Map.of("PackageId", pid)).post(PACKAGES + "/delete").then().statusCode(200);
        billingError(as(token).get(PACKAGE + "/" + identity).then(), 404, "notFound");
    }

    @Test
    void anAggregatorOwnedPackageHasNoDistributor() {
        String token = token(aggregator(), null);
        String pid = createPackage(token, "Platform wide", 1, true);
        as(token).queryParam("PackageId", pid).get(PACKAGES).then().statusCode(200)
                .body("DistributorId", nullValue())
                .body("AggregatorId", equalTo(aggregator().ownerId()))
                .body("SubscriberId", nullValue())
                .body("keySet()", hasItems("DistributorId", "SubscriberId"));
    }
}
