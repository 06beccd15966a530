package org.packagecatalogue.billing;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;

@QuarkusTest
class PackageCrudTest {

    static String token;
    static Api.Client distributor;

    @BeforeEach
    void client() {
        if (token != null) {
            return;
        }
        distributor = newDistributor();
        token = distributor.token();
    }

    static Map<String, Object> seedBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Gold Service Plan");
        body.put("start", "2021-04-26T15:25:27.587Z");
        body.put("expiry", "2031-04-26T15:25:27.587Z");
        body.put("fullPeriod", true);
        body.put("invoiceDetail", "Sample Text Data");
        body.put("postPaid", true);
        body.put("billOnAccountBillDay", true);
        body.put("defaultAccountPackageStatusTypeId", 2);
        body.put("packageCategoryId", 3);
        body.put("chargeRecurringIfUsage", true);
        body.put("isGlobalAddOnEligible", true);
        body.put("description", "The best service plan available");
        body.put("isQuantityAllowed", false);
        body.put("id", 25);
        return body;
    }

    @Test
    void createAnswersTheSeedsEnvelopeWithEveryField() {
        var response = as(token).body(seedBody()).post(PACKAGE + "/").then()
                .statusCode(200)
                .body("trackingId", matchesPattern("[0-9a-f-]{36}"))
                .body("type", equalTo("create"))
                .body("results.totalCount", equalTo(1))
                .body("results.items", hasSize(1))
                .body("results.items[0].keySet()", contains(
                        "identity", "name", "ownerId", "ownerName", "created", "start", "expiry", "fullPeriod",
                        "invoiceDetail", "postPaid", "billOnAccountBillDay", "defaultAccountPackageStatusTypeId",
                        "defaultAccountPackageStatusTypeName", "packageCategoryId", "packageCategoryName",
                        "chargeRecurringIfUsage", "isGlobalAddOnEligible", "description", "isQuantityAllowed", "id"))
                .body("results.items[0].name", equalTo("Gold Service Plan"))
                .body("results.items[0].start", equalTo("2021-04-26T15:25:27.587Z"))
                .body("results.items[0].expiry", equalTo("2031-04-26T15:25:27.587Z"))
                .body("results.items[0].fullPeriod", equalTo(true))
                .body("results.items[0].isQuantityAllowed", equalTo(false))
                .body("results.items[0].isGlobalAddOnEligible", equalTo(true))
                .body("results.items[0].packageCategoryId", equalTo(3))
                .body("results.items[0].packageCategoryName", equalTo("Bundle"))
                .body("results.items[0].defaultAccountPackageStatusTypeId", equalTo(2))
                .body("results.items[0].defaultAccountPackageStatusTypeName", equalTo("Disable"))
                .body("results.items[0].ownerName", startsWith("Distributor "))
                .extract();
        long identity = response.jsonPath().getLong("results.items[0].identity");
        // id in the body is read-only and ignored; id and identity are the same number
        org.junit.jupiter.api.Assertions.assertNotEquals(25L, identity);
        org.junit.jupiter.api.Assertions.assertEquals(identity, response.jsonPath().getLong("results.items[0].id"));
        // trackingId in the body is the one in the header
        org.junit.jupiter.api.Assertions.assertEquals(response.header("trackingId"), response.jsonPath().getString("trackingId"));

        as(token).get(PACKAGE + "/" + identity).then()
                .statusCode(200)
                .body("trackingId", matchesPattern("[0-9a-f-]{36}"))
                .body("instance.identity", equalTo((int) identity))
                .body("instance.name", equalTo("Gold Service Plan"))
                .body("instance.invoiceDetail", equalTo("Sample Text Data"));
    }

    @Test
    void createFillsDefaultsForFieldsNotSent() {
        as(token).body(Map.of("name", "Bare")).post(PACKAGE + "/").then()
                .statusCode(200)
                .body("results.items[0].packageCategoryId", equalTo(1))
                .body("results.items[0].packageCategoryName", equalTo("Default"))
                .body("results.items[0].defaultAccountPackageStatusTypeName", equalTo("Enable"))
                .body("results.items[0].fullPeriod", equalTo(false))
                .body("results.items[0].start", nullValue())
                .body("results.items[0].description", nullValue());
    }

    @Test
    void readOnlyFieldsInTheBodyAreIgnored() {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "Mass assignment"));
        body.put("identity", 1);
        body.put("ownerId", 1);
        body.put("ownerName", "Someone else");
        body.put("created", "2000-01-01T00:00:00Z");
        body.put("packageCategoryName", "Forged");
        as(token).body(body).post(PACKAGE + "/").then()
                .statusCode(200)
                .body("results.items[0].ownerName", startsWith("Distributor "))
                .body("results.items[0].created", not(startsWith("2000")))
                .body("results.items[0].packageCategoryName", equalTo("Default"));
    }

    @Test
    void putChangesOnlyTheFieldsSent() {
        long id = as(token).body(seedBody()).post(PACKAGE + "/").then().statusCode(200)
                .extract().jsonPath().getLong("results.items[0].identity");

        as(token).body(Map.of("name", "Renamed", "identity", 999, "postPaid", false)).put(PACKAGE + "/" + id).then()
                .statusCode(200)
                .body("type", equalTo("update"))
                .body("results.totalCount", equalTo(1))
                .body("results.items[0].identity", equalTo((int) id))
                .body("results.items[0].name", equalTo("Renamed"))
                .body("results.items[0].postPaid", equalTo(false));

        as(token).get(PACKAGE + "/" + id).then().statusCode(200)
                .body("instance.name", equalTo("Renamed"))
                .body("instance.postPaid", equalTo(false))
                .body("instance.description", equalTo("The best service plan available"))
                .body("instance.invoiceDetail", equalTo("Sample Text Data"))
                .body("instance.start", equalTo("2021-04-26T15:25:27.587Z"))
                .body("instance.expiry", equalTo("2031-04-26T15:25:27.587Z"))
                .body("instance.fullPeriod", equalTo(true))
                .body("instance.packageCategoryId", equalTo(3))
                .body("instance.defaultAccountPackageStatusTypeId", equalTo(2));
    }

    @Test
    void putCanClearAnOptionalField() {
        long id = as(token).body(seedBody()).post(PACKAGE + "/").then().statusCode(200)
                .extract().jsonPath().getLong("results.items[0].identity");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", null);
        as(token).body(body).put(PACKAGE + "/" + id).then().statusCode(200)
                .body("results.items[0].description", nullValue())
                .body("results.items[0].name", equalTo("Gold Service Plan"));
    }

    @Test
    void deleteAnswersTheDeletionReportAndTheObjectIsGone() {
        long id = createPackage(token, "To delete");
        as(token).delete(PACKAGE + "/" + id).then()
                .statusCode(200)
                .body("trackingId", matchesPattern("[0-9a-f-]{36}"))
                .body("type", equalTo("delete"))
                .body("results.totalCount", equalTo(1))
                .body("results.items[0].identity", equalTo((int) id))
                .body("results.items[0].action", equalTo("deleted"))
                .body("results.items[0].dtoTypeKey", equalTo("package"));
        billingError(as(token).get(PACKAGE + "/" + id).then(), 404, "notFound");
        billingError(as(token).delete(PACKAGE + "/" + id).then(), 404, "notFound");
    }

    @Test
    void listAnswersTheCallersPackagesWithTotalCount() {
        Api.Client fresh = newDistributor();
        String freshToken = fresh.token();
        long a = createPackage(freshToken, "A");
        long b = createPackage(freshToken, "B");
        as(freshToken).get(PACKAGE + "/").then()
                .statusCode(200)
                .body("trackingId", matchesPattern("[0-9a-f-]{36}"))
                .body("totalCount", equalTo(2))
                .body("items.identity", contains((int) a, (int) b));
        // also without the trailing slash
        as(freshToken).get(PACKAGE).then().statusCode(200).body("totalCount", equalTo(2));
    }

    @Test
    void everyValidationErrorComesBackAtOnce() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullPeriod", "yes");
        body.put("packageCategoryId", 999);
        body.put("defaultAccountPackageStatusTypeId", "one");
        body.put("start", "2022-01-01T00:00:00Z");
        body.put("expiry", "2021-01-01T00:00:00Z");
        body.put("description", 42);
        billingError(as(token).body(body).post(PACKAGE + "/").then(), 400, "validation")
                .body("errors.code", hasItems("required", "invalidType", "unknownReference", "invalidRange"))
                .body("errors.message", hasItems(
                        "name is required",
                        "fullPeriod must be true or false",
                        "packageCategoryId refers to no known value: 999",
                        "defaultAccountPackageStatusTypeId must be a whole number",
                        "expiry must be after start",
                        "description must be a string"))
                .body("errors", hasSize(6));
    }

    @Test
    void aRejectedUpdateChangesNothing() {
        long id = as(token).body(seedBody()).post(PACKAGE + "/").then().statusCode(200)
                .extract().jsonPath().getLong("results.items[0].identity");
        billingError(as(token).body(Map.of("name", "Half written", "expiry", "2000-01-01T00:00:00Z")).put(PACKAGE + "/" + id).then(),
                400, "validation")
                .body("errors.message", contains("expiry must be after start"));
        as(token).get(PACKAGE + "/" + id).then().statusCode(200).body("instance.name", equalTo("Gold Service Plan"));
    }

    @Test
    void badDatesNamesAndTypesAreRejectedClearly() {
        billingError(as(token).body(Map.of("name", "x", "start", "yesterday")).post(PACKAGE + "/").then(), 400, "validation")
                .body("errors[0].message", startsWith("start must be an ISO 8601 date-time"));
        billingError(as(token).body(Map.of("name", "   ")).post(PACKAGE + "/").then(), 400, "validation")
                .body("errors[0].message", equalTo("name is required"));
        billingError(as(token).body(Map.of("name", "n".repeat(256))).post(PACKAGE + "/").then(), 400, "validation")
                .body("errors[0].code", equalTo("tooLong"));
        billingError(as(token).body(Map.of("name", "x", "packageCategoryId", 1.5)).post(PACKAGE + "/").then(), 400, "validation");
        billingError(as(token).body(Map.of("name", "x", "packageCategoryId", new java.math.BigInteger("99999999999999999999999"))).post(PACKAGE + "/").then(), 400, "validation");
        billingError(as(token).body("[1,2]").post(PACKAGE + "/").then(), 400, "validation")
                .body("errors[0].message", equalTo("body must be a JSON object"));
    }

    @Test
    void malformedJsonIsA400InTheEnvelope() {
        billingError(as(token).body("{\"name\": \"x\",").post(PACKAGE + "/").then(), 400, "validation")
                .body("errors[0].code", equalTo("malformed"))
                .body("errors[0].message", startsWith("body is not well-formed JSON"));
        billingError(as(token).body("").post(PACKAGE + "/").then(), 400, "validation")
                .body("errors[0].code", equalTo("required"));
    }

    @Test
    void wrongMethodMediaTypeAndPathAnswerInTheEnvelope() {
        long id = createPackage(token, "Methods");
        billingError(as(token).patch(PACKAGE + "/" + id + "/Nope").then(), 404, "notFound");
        billingError(as(token).post(PACKAGE + "/" + id).then(), 405, "methodNotAllowed");
        billingError(io.restassured.RestAssured.given().auth().oauth2(token).contentType(ContentType.XML).body("<package/>")
                .post(PACKAGE + "/").then(), 415, "unsupportedMediaType");
        billingError(as(token).get("/ResourceServer/api/v10/NoSuchObject").then(), 404, "notFound");
        billingError(as(token).get(PACKAGE + "/not-a-number").then(), 400, "validation")
                .body("errors[0].message", equalTo("id must be a positive whole number"));
    }

    @Test
    void everyAnswerCarriesAFreshTrackingId() {
        long id = createPackage(token, "Tracked");
        String first = as(token).get(PACKAGE + "/" + id).then().extract().header("trackingId");
        String second = as(token).get(PACKAGE + "/" + id).then().extract().header("trackingId");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
        String errorHeader = as(token).get(PACKAGE + "/999999999").then().statusCode(404).extract().header("trackingId");
        as(token).get(PACKAGE + "/999999999").then().header("trackingId", not(equalTo(errorHeader)));
    }
}
