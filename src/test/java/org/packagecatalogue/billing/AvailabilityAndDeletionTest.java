package org.packagecatalogue.billing;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Contents;

@QuarkusTest
class AvailabilityAndDeletionTest {

    private static long withCurrency(String token, String name, String start, String expiry, int currency) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name));
        if (start != null) {
            body.put("start", start);
        }
        if (expiry != null) {
            body.put("expiry", expiry);
        }
        long id = as(token).body(body).post(PACKAGE + "/").then().statusCode(200).extract().jsonPath().getLong("results.items[0].identity");
        as(token).body(Map.of("packageCurrencies", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 1, "currencyId", currency)))))
                .patch(PACKAGE + "/" + id).then().statusCode(200);
        return id;
    }

    @Test
    void availableForCurrencyAnswersThePackagesOnSaleNowInThatCurrency() {
        String token = newDistributor().token();
        long always = withCurrency(token, "Always", null, null, Contents.USD);
        long current = withCurrency(token, "Current", "2020-01-01T00:00:00Z", "2999-01-01T00:00:00Z", Contents.USD);
        withCurrency(token, "Future", "2999-01-01T00:00:00Z", null, Contents.USD);
        withCurrency(token, "Expired", "2000-01-01T00:00:00Z", "2001-01-01T00:00:00Z", Contents.USD);
        withCurrency(token, "In euro", null, null, Contents.EUR);
        String stranger = newDistributor().token();
        withCurrency(stranger, "Someone else's", null, null, Contents.USD);

        as(token).get(PACKAGE + "/AvailableFor/Currency/" + Contents.USD).then().statusCode(200)
                .body("trackingId", matchesPattern("[0-9a-f-]{36}"))
                .body("totalCount", equalTo(2))
                .body("items.identity", contains((int) always, (int) current))
                .body("items[0].keySet()", hasItems("identity", "name", "packageCategoryName", "defaultAccountPackageStatusTypeName"));
        as(token).get(PACKAGE + "/AvailableFor/Currency/" + Contents.EUR).then().statusCode(200).body("items.name", contains("In euro"));
        as(token).get(PACKAGE + "/AvailableFor/Currency/392").then().statusCode(200).body("totalCount", equalTo(0)); // JPY
        billingError(as(token).get(PACKAGE + "/AvailableFor/Currency/1234").then(), 404, "notFound");
        as(token).get(PACKAGE + "/AvailableFor/SharePlan/Participation").then().statusCode(200)
                .body("totalCount", equalTo(0)).body("items", empty());
    }

    @Test
    void deleteReportsEverythingItRemoved() {
        String token = newDistributor().token();
        JsonPath created = Contents.fullPackage(token, "Doomed", "DOOM");
        long id = created.getLong("results.items.find { it.dtoTypeKey == 'packageService' }.instance.packageId");
        List<Integer> tiers = created.getList("results.items.findAll { it.dtoTypeKey == 'tier' }.identity");
        List<Integer> buckets = created.getList("results.items.findAll { it.dtoTypeKey == 'usageBucket' }.identity");
        List<Integer> frequencies = created.getList("results.items.findAll { it.dtoTypeKey == 'packageFrequency' }.identity");
        List<Integer> services = created.getList("results.items.findAll { it.dtoTypeKey == 'packageService' }.instance.serviceId");

        JsonPath report = as(token).delete(PACKAGE + "/" + id).then().statusCode(200)
                .body("type", equalTo("delete"))
                .body("results.totalCount", equalTo(1 + 6 + 2 + 2 + 2 + 2))
                .body("results.items", hasSize(15))
                .body("results.items[0]", equalTo(Map.of("identity", (int) id, "action", "deleted", "dtoTypeKey", "package")))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(tiers,
                report.getList("results.items.findAll { it.dtoTypeKey == 'tier' }.foreignKeyIdentity"));
        org.junit.jupiter.api.Assertions.assertEquals(buckets,
                report.getList("results.items.findAll { it.dtoTypeKey == 'usageBucket' }.foreignKeyIdentity"));
        org.junit.jupiter.api.Assertions.assertEquals(frequencies,
                report.getList("results.items.findAll { it.dtoTypeKey == 'packageFrequency' }.foreignKeyIdentity"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("deleted"),
                report.getList("results.items.findAll { it.dtoTypeKey == 'tier' }.action").stream().distinct().toList());
        org.junit.jupiter.api.Assertions.assertEquals(services,
                report.getList("results.items.findAll { it.dtoTypeKey == 'packageService' }.rhsId"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(Contents.USD, Contents.EUR),
                report.getList("results.items.findAll { it.dtoTypeKey == 'packageCurrency' }.rhsId"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) id, (int) id),
                report.getList("results.items.findAll { it.dtoTypeKey == 'packageCurrency' }.lhsId"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("detached", "detached"),
                report.getList("results.items.findAll { it.dtoTypeKey == 'packageCurrency' }.action"));

        billingError(as(token).get(PACKAGE + "/" + id + "/Detail").then(), 404, "notFound");
        // the shared services stay
        as(token).get(Contents.SERVICE + "/" + services.get(0)).then().statusCode(200);
    }

    @Test
    void aPatchThatDeletesThePackageAnswersTheSameReport() {
        String token = newDistributor().token();
        JsonPath created = Contents.fullPackage(token, "Patched away", "PAWAY");
        long id = created.getLong("results.items.find { it.dtoTypeKey == 'packageService' }.instance.packageId");
        as(token).body(Map.of("packages", Map.of("items", List.of(Map.of("patchType", "delete", "patchClientId", 1, "identity", id)))))
                .patch(PACKAGE + "/" + id).then().statusCode(200)
                .body("type", equalTo("patch"))
                .body("results.totalCount", equalTo(15));
        billingError(as(token).get(PACKAGE + "/" + id).then(), 404, "notFound");
    }
}
