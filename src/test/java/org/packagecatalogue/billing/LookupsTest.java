package org.packagecatalogue.billing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lookups every Package refers to by id: in the Package envelopes and paging, the same for every caller,
 * read-only, behind a token like every other read.
 */
@QuarkusTest
class LookupsTest {

    private static final String V10 = "/ResourceServer/api/v10/";

    @Test
    void aLookupListsEveryEntryInOrder() {
        String token = newDistributor().token();
        as(token).get(V10 + "PackageCategory/").then().statusCode(200)
                .body("trackingId", matchesPattern("[0-9a-f-]{36}"))
                .body("totalCount", equalTo(7))
                .body("items.identity", contains(1, 2, 3, 4, 5, 6, 7))
                .body("items.name", contains("Default", "Add-on", "Bundle", "Promotional", "Prepaid", "Postpaid", "IoT"))
                .body("items[0].keySet()", containsInAnyOrder("identity", "name"));
        as(token).get(V10 + "FrequencyType/").then().statusCode(200)
                .body("items.name", contains("Monthly", "Annual", "One-time", "Weekly", "Daily", "Quarterly"));
        as(token).get(V10 + "CountingRule/").then().statusCode(200)
                .body("totalCount", equalTo(2)).body("items.name", contains("Calendar", "Anniversary"));
    }

    @Test
    void everyLookupThePackageRefersToIsServed() {
        String token = newDistributor().token();
        for (String lookup : List.of("PackageCategory", "AccountPackageStatusType", "FrequencyType", "Term", "CountingRule",
                "UsageUnit", "UsageClass", "ServiceCategory", "UsageBucketRefillType", "UsageBucketBaseUnit", "Currency")) {
            as(token).get(V10 + lookup + "/").then().statusCode(200)
                    .body("items.size()", greaterThan(0))
                    .body("totalCount", equalTo(as(token).get(V10 + lookup + "/").jsonPath().getList("items").size()));
            as(token).get(V10 + lookup + "/1").then().statusCode(anyOf(equalTo(200), equalTo(404)));
        }
    }

    @Test
    void oneEntryByIdAndACurrencyWithItsCode() {
        String token = newDistributor().token();
        as(token).get(V10 + "Currency/840").then().statusCode(200)
                .body("instance.identity", equalTo(840))
                .body("instance.code", equalTo("USD"))
                .body("instance.name", not(emptyOrNullString()));
        as(token).get(V10 + "Term/5").then().statusCode(200)
                .body("instance.identity", equalTo(5)).body("instance.name", equalTo("12 Months"))
                .body("instance.keySet()", containsInAnyOrder("identity", "name"));
        billingError(as(token).get(V10 + "Term/99").then(), 404, "notFound")
                .body("errors", hasSize(1)).body("errors[0].code", equalTo("notFound"))
                .body("errors[0].message", equalTo("term 99 was not found"));
        billingError(as(token).get(V10 + "Term/x").then(), 400, "validation")
                .body("errors", hasSize(1)).body("errors[0].message", equalTo("id must be a positive whole number"));
    }

    @Test
    void lookupsPageLikePackages() {
        String token = newDistributor().token();
        as(token).get(V10 + "FrequencyType/Paged?pageNumber=2&pageSize=4").then().statusCode(200)
                .body("pagination.pageNumber", equalTo(2))
                .body("pagination.pageSize", equalTo(4))
                .body("pagedResults.totalCount", equalTo(6))
                .body("pagedResults.items.name", contains("Daily", "Quarterly"));
        as(token).get(V10 + "FrequencyType/Paged?pageNumber=3&pageSize=4&excludeTotalCount=true").then().statusCode(200)
                .body("pagedResults.totalCount", nullValue())
                .body("pagedResults.items", hasSize(0));
        billingError(as(token).get(V10 + "FrequencyType/Paged?pageSize=0").then(), 400, "validation");
    }

    @Test
    void aTokenIsNeededAndTheSameEntriesAreSeenByEveryCaller() {
        given().get(V10 + "Currency/").then().statusCode(401);
        List<Object> one = as(newDistributor().token()).get(V10 + "UsageUnit/").jsonPath().getList("items");
        List<Object> other = as(newDistributor().token()).get(V10 + "UsageUnit/").jsonPath().getList("items");
        org.junit.jupiter.api.Assertions.assertEquals(one, other);
    }
}
