package org.packagecatalogue.billing;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Contents;

@QuarkusTest
class PackageDetailTest {

    static String token;
    static long packageId;

    @BeforeEach
    void fullPackage() {
        if (token != null) {
            return;
        }
        token = newDistributor().token();
        JsonPath patched = Contents.fullPackage(token, "Detailed", "DET");
        packageId = patched.getLong("results.items.find { it.dtoTypeKey == 'packageService' }.instance.packageId");
    }

    /** A service renamed under a Detail: the Detail shows the new name, and its ETag moves although the package's version does not. */
    @Test
    void aRenamedServiceChangesTheDetailAndItsETag() {
        String owner = newDistributor().token();
        long service = Contents.createService(owner, "Before the rename");
        long id = createPackage(owner, "Shows a service");
        as(owner).body(java.util.Map.of("packageServices", java.util.Map.of("items", java.util.List.of(java.util.Map.of("patchType", "create",
                "patchClientId", 1, "serviceId", service, "defaultInstances", 1, "minimumInstances", 0, "maximumInstances", 1)))))
                .patch(PACKAGE + "/" + id).then().statusCode(200);
        String packageTag = as(owner).get(PACKAGE + "/" + id).then().extract().header("ETag");
        String before = as(owner).get(PACKAGE + "/" + id + "/Detail").then().statusCode(200)
                .header("ETag", equalTo(packageTag.replace("\"", "").transform(v -> "\"" + v + ".0\"")))
                .body("instance.details.services[0].serviceName", equalTo("Before the rename")).extract().header("ETag");

        as(owner).body(java.util.Map.of("name", "After the rename")).put(Contents.SERVICE + "/" + service).then().statusCode(200);

        String after = as(owner).get(PACKAGE + "/" + id + "/Detail").then().statusCode(200)
                .body("instance.details.services[0].serviceName", equalTo("After the rename"))
                .header("ETag", not(equalTo(before))).extract().header("ETag");
        as(owner).get(PACKAGE + "/" + id).then().header("ETag", equalTo(packageTag)); // the package itself did not change
        // the new Detail ETag still names the package's version for a write
        as(owner).header("If-Match", after).body(java.util.Map.of("name", "Shows a renamed service")).put(PACKAGE + "/" + id).then().statusCode(200);
    }

    @Test
    void detailAnswersTheWholeGraphWithTheSeedsFieldNames() {
        as(token).get(PACKAGE + "/" + packageId + "/Detail").then()
                .statusCode(200)
                .body("trackingId", matchesPattern("[0-9a-f-]{36}"))
                .body("instance.identity", equalTo((int) packageId))
                .body("instance.name", equalTo("Detailed"))
                .body("instance.keySet()", hasItems("identity", "name", "ownerId", "packageCategoryName", "id", "details"))
                .body("instance.details.keySet()", contains("services", "frequencies", "currencies"))
                .body("instance.details.services", hasSize(2))
                .body("instance.details.services[0].keySet()", contains(
                        "identity", "packageId", "packageName", "serviceId", "serviceName", "defaultInstances",
                        "minimumInstances", "maximumInstances", "termId", "termName", "isUsageBucketSharePlanPackageService",
                        "usageClassDynamicId", "usageClassDynamicName", "created", "serviceCategoryId", "updated", "details"))
                .body("instance.details.services[0].serviceName", equalTo("Detailed data"))
                .body("instance.details.services[0].termName", equalTo("12 Months"))
                .body("instance.details.services[0].usageClassDynamicName", equalTo("Data"))
                .body("instance.details.services[0].maximumInstances", equalTo(5))
                .body("instance.details.services[0].details.usageBuckets", hasSize(1))
                .body("instance.details.services[0].details.usageBuckets[0].keySet()", hasItems(
                        "identity", "name", "prorate", "isInfiniteLastTier", "isThresholdPerAccountService",
                        "usageBucketRefillTypeId", "refillFrequency", "expireAfterFrequency", "overageUsageRatePlanId",
                        "isBytesInBinaryUnit", "usageBucketBaseUnitId", "usageBucketBaseUnitName", "details"))
                .body("instance.details.services[0].details.usageBuckets[0].name", equalTo("Data bucket"))
                .body("instance.details.services[0].details.usageBuckets[0].usageBucketBaseUnitName", equalTo("Bytes"))
                .body("instance.details.services[0].details.usageBuckets[0].details.contributions[0].serviceName", equalTo("Shared plan"))
                .body("instance.details.services[0].details.usageBuckets[0].details.tiers", hasSize(3))
                .body("instance.details.services[0].details.usageBuckets[0].details.tiers.threshold", contains(0, 1024, 10240))
                .body("instance.details.services[0].details.usageBuckets[0].details.tiers[1].keySet()", contains(
                        "identity", "usageBucketId", "usageBucketName", "threshold", "flatCharge", "usageUnitId", "usageUnitName",
                        "packageFrequencyId", "packageFrequencyName", "packageServiceId", "currencyId", "currencyName", "money",
                        "priceBookId", "priceBookName", "tierOverride"))
                .body("instance.details.services[0].details.usageBuckets[0].details.tiers[1].money", equalTo(0.05f))
                .body("instance.details.services[0].details.usageBuckets[0].details.tiers[1].flatCharge", equalTo(1.5f))
                .body("instance.details.services[0].details.usageBuckets[0].details.tiers[1].currencyName", equalTo("US Dollar"))
                .body("instance.details.services[0].details.usageBuckets[0].details.tiers[1].usageUnitName", equalTo("Megabyte"))
                .body("instance.details.services[0].details.usageBuckets[0].details.tiers[1].packageFrequencyName", equalTo("Monthly"))
                .body("instance.details.services[1].details.usageBuckets[0].details.tiers.threshold", contains(0, 60, 600.5f))
                .body("instance.details.frequencies", hasSize(2))
                .body("instance.details.frequencies[0].keySet()", contains(
                        "identity", "frequency", "isActive", "packageId", "packageName", "frequencyTypeId", "frequencyTypeName",
                        "termId", "termName", "sku", "name", "isUsageBucketSharePlanPackageFrequency", "countingRuleId",
                        "countingRuleName", "created", "updated", "price")) // the seed's fields, then our price
                .body("instance.details.frequencies[0].price", nullValue())
                .body("instance.details.frequencies.frequencyTypeName", contains("Monthly", "Annual"))
                .body("instance.details.frequencies.sku", contains("DET-M", "DET-Y"))
                .body("instance.details.currencies", hasSize(2))
                .body("instance.details.currencies[0].keySet()", contains(
                        "identity", "packageId", "packageName", "currencyId", "currencyName", "currencyCode"))
                .body("instance.details.currencies.currencyCode", contains("USD", "EUR"));
    }

    @Test
    void pagedDetailAnswersThePagedEnvelopeWithDetails() {
        as(token).queryParam("pageSize", 5).get(PACKAGE + "/Paged/Detail").then()
                .statusCode(200)
                .body("pagination.pageSize", equalTo(5))
                .body("pagedResults.items.identity", hasItem((int) packageId))
                .body("pagedResults.items.find { it.identity == " + packageId + " }.details.services", hasSize(2))
                .body("pagedResults.items.find { it.identity == " + packageId + " }.details.currencies.currencyCode",
                        contains("USD", "EUR"));
    }

    @Test
    void anotherTenantsDetailIsA404() {
        String other = newDistributor().token();
        billingError(as(other).get(PACKAGE + "/" + packageId + "/Detail").then(), 404, "notFound");
        as(other).get(PACKAGE + "/Paged/Detail").then().statusCode(200).body("pagedResults.totalCount", equalTo(0));
    }

    @Test
    void aPackageWithoutContentsHasEmptyDetails() {
        long bare = createPackage(token, "Bare");
        as(token).get(PACKAGE + "/" + bare + "/Detail").then().statusCode(200)
                .body("instance.details.services", empty())
                .body("instance.details.frequencies", empty())
                .body("instance.details.currencies", empty());
    }
}
