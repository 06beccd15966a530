package org.packagecatalogue.billing;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Contents;

@QuarkusTest
class PackagePatchTest {

    /** A fresh distributor's full package: its token, its id, and the ids PATCH answered. */
    record Fixture(String token, long packageId, JsonPath created) {
        long id(String dtoTypeKey, int patchClientId) {
            return created.getLong("results.items.find { it.dtoTypeKey == '" + dtoTypeKey + "' && it.patchClientId == "
                    + patchClientId + " }.identity");
        }

        JsonPath detail() {
            return as(token).get(PACKAGE + "/" + packageId + "/Detail").then().statusCode(200).extract().jsonPath();
        }
    }

    static Fixture fixture(String sku) {
        String token = newDistributor().token();
        JsonPath created = Contents.fullPackage(token, "Patched", sku);
        long id = created.getLong("results.items.find { it.dtoTypeKey == 'packageService' }.instance.packageId");
        return new Fixture(token, id, created);
    }

    @Test
    void theCreatingPatchAnswersEveryItemWithItsPatchClientIdAndInstance() {
        Fixture f = fixture("ANS");
        f.created().getList("results.items.patchClientId", Integer.class).containsAll(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14));
        org.junit.jupiter.api.Assertions.assertEquals(14, f.created().getInt("results.totalCount"));
        org.junit.jupiter.api.Assertions.assertEquals("patch", f.created().getString("type"));
        JsonPath tier = JsonPath.from(f.created().prettify());
        org.junit.jupiter.api.Assertions.assertEquals("created", tier.getString("results.items.find { it.patchClientId == 10 }.action"));
        org.junit.jupiter.api.Assertions.assertEquals("tier", tier.getString("results.items.find { it.patchClientId == 10 }.dtoTypeKey"));
        org.junit.jupiter.api.Assertions.assertEquals(1024, tier.getInt("results.items.find { it.patchClientId == 10 }.instance.threshold"));
        org.junit.jupiter.api.Assertions.assertEquals("Data bucket",
                tier.getString("results.items.find { it.patchClientId == 10 }.instance.usageBucketName"));
    }

    @Test
    void oneCallCreatesAServiceUpdatesAFrequencyAndDeletesACurrency() {
        Fixture f = fixture("ALL3");
        long extraService = Contents.createService(f.token(), "SMS");
        long monthly = f.id("packageFrequency", 3);
        long euro = f.id("packageCurrency", 6);
        Map<String, Object> body = Map.of(
                "packageServices", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", "new-sms",
                        "serviceId", extraService, "defaultInstances", 1, "minimumInstances", 0, "maximumInstances", 3))),
                "packageFrequencies", Map.of("items", List.of(Map.of("patchType", "update", "patchClientId", "rename",
                        "identity", monthly, "name", "Every month", "sku", "ALL3-MONTHLY"))),
                "packageCurrencies", Map.of("items", List.of(Map.of("patchType", "delete", "patchClientId", "drop-eur",
                        "identity", euro))));
        as(f.token()).body(body).patch(PACKAGE + "/" + f.packageId()).then()
                .statusCode(200)
                .body("type", equalTo("patch"))
                .body("results.totalCount", equalTo(3))
                .body("results.items.patchClientId", containsInAnyOrder("new-sms", "rename", "drop-eur"))
                .body("results.items.find { it.patchClientId == 'new-sms' }.action", equalTo("created"))
                .body("results.items.find { it.patchClientId == 'new-sms' }.dtoTypeKey", equalTo("packageService"))
                .body("results.items.find { it.patchClientId == 'new-sms' }.instance.serviceName", equalTo("SMS"))
                .body("results.items.find { it.patchClientId == 'rename' }.action", equalTo("updated"))
                .body("results.items.find { it.patchClientId == 'rename' }.identity", equalTo((int) monthly))
                .body("results.items.find { it.patchClientId == 'rename' }.instance.name", equalTo("Every month"))
                .body("results.items.find { it.patchClientId == 'drop-eur' }.action", equalTo("deleted"))
                .body("results.items.find { it.patchClientId == 'drop-eur' }", not(hasKey("instance")));
        JsonPath after = f.detail();
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Patched data", "Patched voice", "SMS"),
                after.getList("instance.details.services.serviceName"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Every month", "Yearly"), after.getList("instance.details.frequencies.name"));
        org.junit.jupiter.api.Assertions.assertEquals("ALL3-MONTHLY", after.getString("instance.details.frequencies[0].sku"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("USD"), after.getList("instance.details.currencies.currencyCode"));
    }

    @Test
    void theSamePatchWithOneInvalidItemChangesNothingAndNamesTheItem() {
        Fixture f = fixture("NONE");
        long extraService = Contents.createService(f.token(), "SMS");
        long monthly = f.id("packageFrequency", 3);
        long euro = f.id("packageCurrency", 6);
        String before = f.detail().prettify();
        Map<String, Object> body = Map.of(
                "packageServices", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 21,
                        "serviceId", extraService, "defaultInstances", 1, "minimumInstances", 0, "maximumInstances", 3))),
                "packageFrequencies", Map.of("items", List.of(Map.of("patchType", "update", "patchClientId", 22,
                        "identity", monthly, "name", "Every month", "frequencyTypeId", 999))),
                "packageCurrencies", Map.of("items", List.of(Map.of("patchType", "delete", "patchClientId", 23, "identity", euro))));
        billingError(as(f.token()).body(body).patch(PACKAGE + "/" + f.packageId()).then(), 400, "validation")
                .body("errors", hasSize(1))
                .body("errors[0].code", equalTo("unknownReference"))
                .body("errors[0].message", equalTo("packageFrequency[patchClientId=22].frequencyTypeId refers to no known value: 999"));
        String after = f.detail().prettify();
        org.junit.jupiter.api.Assertions.assertEquals(strip(before), strip(after), "nothing changed");
    }

    @Test
    void everyErrorOfEveryItemIsListed() {
        Fixture f = fixture("ERRS");
        long dataService = f.id("packageService", 1);
        long bucket = f.id("usageBucket", 7);
        Map<String, Object> body = Map.of(
                "packages", Map.of("items", List.of(Map.of("patchType", "update", "patchClientId", 30, "name", ""))),
                "packageServices", Map.of("items", List.of(
                        Map.of("patchType", "update", "patchClientId", 31, "identity", dataService, "minimumInstances", 4, "defaultInstances", 2),
                        Map.of("patchType", "create", "patchClientId", 32, "serviceId", 123456789))),
                "tiers", Map.of("items", List.of(
                        Map.of("patchType", "create", "patchClientId", 33, "usageBucketId", bucket, "threshold", 1024),
                        Map.of("patchType", "create", "patchClientId", 34, "usageBucketId", bucket, "threshold", -1),
                        Map.of("patchType", "delete", "patchClientId", 35, "identity", 999999999))),
                "packageFrequencies", Map.of("items", List.of(
                        Map.of("patchType", "create", "patchClientId", 36, "frequencyTypeId", 1, "sku", "ERRS-Y"))));
        billingError(as(f.token()).body(body).patch(PACKAGE + "/" + f.packageId()).then(), 400, "validation")
                .body("errors.message", hasItems(
                        "package[patchClientId=30].name is required",
                        "packageService[patchClientId=32].serviceId refers to no known value: 123456789",
                        "tier[patchClientId=34].threshold must be 0 or more",
                        "tier[patchClientId=35] tier 999999999 is not part of this package"))
                .body("errors.message", hasItem(startsWith("packageService[patchClientId=31] must have minimumInstances <= defaultInstances")))
                .body("errors.message", hasItem(startsWith("tier[patchClientId=33] threshold 1024 repeats another tier's")))
                .body("errors.message", hasItem("packageFrequency[patchClientId=36] sku ERRS-Y is used twice in this package"));
    }

    @Test
    void thresholdsMayBeReorderedInOnePatchAndAreAnsweredInOrder() {
        Fixture f = fixture("ORD");
        long t0 = f.id("tier", 9);
        long t1 = f.id("tier", 10);
        long t2 = f.id("tier", 11);
        // swap the two upper thresholds: valid as a whole, though not step by step
        Map<String, Object> body = Map.of("tiers", Map.of("items", List.of(
                Map.of("patchType", "update", "patchClientId", 1, "identity", t1, "threshold", 10240),
                Map.of("patchType", "update", "patchClientId", 2, "identity", t2, "threshold", 1024),
                Map.of("patchType", "update", "patchClientId", 3, "identity", t0, "money", new BigDecimal("0.123456")))));
        as(f.token()).body(body).patch(PACKAGE + "/" + f.packageId()).then().statusCode(200);
        JsonPath after = f.detail();
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) t0, (int) t2, (int) t1),
                after.getList("instance.details.services[0].details.usageBuckets[0].details.tiers.identity"));
        org.junit.jupiter.api.Assertions.assertEquals(0.123456f,
                after.getFloat("instance.details.services[0].details.usageBuckets[0].details.tiers[0].money"));
    }

    @Test
    void skusAreUniqueAcrossTheOwnersPackages() {
        Fixture f = fixture("UNQ");
        long other = createPackage(f.token(), "Other");
        Map<String, Object> body = Map.of("packageFrequencies", Map.of("items", List.of(
                Map.of("patchType", "create", "patchClientId", 1, "frequencyTypeId", 1, "sku", "UNQ-M"))));
        billingError(as(f.token()).body(body).patch(PACKAGE + "/" + other).then(), 400, "validation")
                .body("errors[0].message", equalTo("packageFrequency[patchClientId=1] sku UNQ-M is already used by another package of this owner"));
        // another owner may use the same sku
        String stranger = newDistributor().token();
        long theirs = createPackage(stranger, "Theirs");
        as(stranger).body(body).patch(PACKAGE + "/" + theirs).then().statusCode(200);
    }

    @Test
    void deletingAServiceTakesItsBucketsAndTiersAlong() {
        Fixture f = fixture("DEL");
        long voice = f.id("packageService", 2);
        as(f.token()).body(Map.of("packageServices", Map.of("items", List.of(
                Map.of("patchType", "delete", "patchClientId", 1, "identity", voice)))))
                .patch(PACKAGE + "/" + f.packageId()).then().statusCode(200)
                .body("results.items[0].action", equalTo("deleted"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Patched data"), f.detail().getList("instance.details.services.serviceName"));
    }

    @Test
    void aPatchCanCreateAWholePackage() {
        String token = newDistributor().token();
        long service = Contents.createService(token, "Data");
        var answer = as(token).body(Map.of(
                        "details", Map.of(),
                        "packages", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 1, "name", "Made by PATCH",
                                "packageCategoryId", 2, "id", 21))),
                        "packageServices", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 2, "serviceId", service)))))
                .patch(PACKAGE + "/0").then().statusCode(200)
                .body("results.items[0].action", equalTo("created"))
                .body("results.items[0].dtoTypeKey", equalTo("package"))
                .body("results.items[0].patchClientId", equalTo(1))
                .body("results.items[0].instance.name", equalTo("Made by PATCH"))
                .body("results.items[0].instance.packageCategoryName", equalTo("Add-on"))
                .body("results.items[1].instance.defaultInstances", equalTo(1))
                .extract().jsonPath();
        long id = answer.getLong("results.items[0].identity");
        as(token).get(PACKAGE + "/" + id + "/Detail").then().statusCode(200).body("instance.details.services", hasSize(1));
    }

    @Test
    void badPatchBodiesAre400sThatNameTheProblem() {
        Fixture f = fixture("BAD");
        String url = PACKAGE + "/" + f.packageId();
        billingError(as(f.token()).body("{}").patch(url).then(), 400, "validation");
        billingError(as(f.token()).body(Map.of("gadgets", Map.of("items", List.of()))).patch(url).then(), 400, "validation")
                .body("errors[0].message", startsWith("gadgets is not a PATCH collection"));
        billingError(as(f.token()).body(Map.of("tiers", List.of())).patch(url).then(), 400, "validation")
                .body("errors[0].message", equalTo("tiers must be an object {\"items\": [...]}"));
        billingError(as(f.token()).body(Map.of("tiers", Map.of("items", List.of(Map.of("patchType", "upsert", "patchClientId", 1)))))
                .patch(url).then(), 400, "validation")
                .body("errors[0].message", equalTo("tiers[0].patchType must be create, update or delete"));
        billingError(as(f.token()).body(Map.of("tiers", Map.of("items", List.of(Map.of("patchType", "create")))))
                .patch(url).then(), 400, "validation")
                .body("errors[0].message", startsWith("tiers[0].patchClientId is required"));
        // another tenant's package, or a missing one: 404
        String stranger = newDistributor().token();
        billingError(as(stranger).body(Map.of("packages", Map.of("items", List.of(Map.of("patchType", "update", "patchClientId", 1, "name", "x")))))
                .patch(url).then(), 404, "notFound");
    }

    private static String strip(String detail) {
        return detail.replaceAll("\"trackingId\": \"[^\"]+\"", "");
    }
}
