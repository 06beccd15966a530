package org.packagecatalogue.mpaas;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;
import static org.packagecatalogue.support.Mpaas.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every change to a package passes through one writer: an item added or removed through the mPaaS
 * dialect is a new version of its package like any billing PATCH, and every problem is reported once,
 * under the dialect's own name.
 */
@QuarkusTest
class OneWritePathTest {

    private static final String BAD_REQUEST = "Bad request: one or more required fields are missing or contain an invalid value.";

    private static String etag(String token, String pid) {
        return as(token).queryParam("PackageId", pid).get(PACKAGES).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void addingOrRemovingAnItemIsANewVersionOfThePackage() {
        String token = token(newDistributor(), null);
        String pid = createPackage(token, "Versioned", 10, true);
        String product = as(token).body(Map.of("ProductName", "SIP trunk")).post("/v1.0/products").then().statusCode(200)
                .extract().path("ProductId");
        String before = etag(token, pid);

        String item = as(token).body(Map.of("PackageId", pid, "ProductId", product, "Price", 2)).post(PACKAGES + "/items/add")
                .then().statusCode(200).extract().path("PackageItemId");
        String afterAdd = etag(token, pid);
        org.junit.jupiter.api.Assertions.assertNotEquals(before, afterAdd, "items/add changes the package's ETag");
        // an update made on the state before the item was added is refused: no lost update
        error(as(token).header("If-Match", before).body(Map.of("PackageId", pid, "Price", 6)).post(PACKAGES + "/update").then(),
                412, "Precondition failed");

        as(token).body(Map.of("PackageItemId", item)).post(PACKAGES + "/items/delete").then().statusCode(200);
        String afterDelete = etag(token, pid);
        org.junit.jupiter.api.Assertions.assertNotEquals(afterAdd, afterDelete, "items/delete changes the package's ETag");
        error(as(token).header("If-Match", afterAdd).body(Map.of("PackageId", pid, "Price", 6)).post(PACKAGES + "/update").then(),
                412, "Precondition failed");
        as(token).header("If-Match", afterDelete).body(Map.of("PackageId", pid, "Price", 6)).post(PACKAGES + "/update").then()
                .statusCode(200).header("ETag", not(equalTo(afterDelete)));
    }

    @Test
    void theBillingDialectSeesTheVersionAnItemMade() {
        String token = token(newDistributor(), null);
        String pid = createPackage(token, "Seen both ways", 10, true);
        long identity = as(token).get("/ResourceServer/api/v10/Package/").then().statusCode(200).extract().jsonPath().getLong("items[0].identity");
        String billingBefore = as(token).get("/ResourceServer/api/v10/Package/" + identity).then().statusCode(200).extract().header("ETag");
        String product = as(token).body(Map.of("ProductName", "Data")).post("/v1.0/products").then().statusCode(200).extract().path("ProductId");
        as(token).body(Map.of("PackageId", pid, "ProductId", product)).post(PACKAGES + "/items/add").then().statusCode(200);
        billingError(as(token).header("If-Match", billingBefore).body(Map.of("name", "Stale")).put("/ResourceServer/api/v10/Package/" + identity)
                .then(), 412, "preconditionFailed");
    }

    @Test
    void eachBadFieldOfAPackageIsReportedOnceUnderItsMpaasName() {
        String token = token(newDistributor(), null);
        error(as(token).body(Map.of("PackageName", "x", "Type", "sip", "Price", "ten", "Monthly", "yes")).post(PACKAGES).then(), 400, "Bad")
                .body("Message", equalTo(BAD_REQUEST + " Price must be a number such as 300 or \"1.12\"; Monthly must be true or false."));
        String pid = createPackage(token, "Valid", 1, true);
        error(as(token).body(Map.of("PackageId", pid, "PackageName", 7, "Price", -1, "SubscriberId", "nope")).post(PACKAGES + "/update").then(), 400, "Bad")
                .body("Message", equalTo(BAD_REQUEST + " PackageName must be a string; SubscriberId must be TSUID- followed by a UUID,"
                        + " e.g. TSUID-a56cf783-c249-42fa-bf52-529e5886cdd4; Price must be 0 or more."));
        error(as(token).body("[]").post(PACKAGES).then(), 400, "Bad")
                .body("Message", equalTo(BAD_REQUEST + " Request body must be a JSON object."));
        error(as(token).body(Map.of("Description", "no name")).post(PACKAGES).then(), 400, "Bad")
                .body("Message", equalTo(BAD_REQUEST + " PackageName is required; Type is required; Price is required; Monthly is required."));
    }

    @Test
    void eachBadFieldOfAProductOrItemIsReportedOnceUnderItsMpaasName() {
        String token = token(newDistributor(), null);
        error(as(token).body(Map.of("ProductName", 5, "Description", true)).post("/v1.0/products").then(), 400, "Bad")
                .body("Message", equalTo(BAD_REQUEST + " ProductName must be a string; Description must be a string."));
        String pid = createPackage(token, "Items", 1, true);
        String product = as(token).body(Map.of("ProductName", "P")).post("/v1.0/products").then().statusCode(200).extract().path("ProductId");
        error(as(token).body(Map.of("PackageId", pid, "ProductId", product, "Price", "abc", "Monthly", "no")).post(PACKAGES + "/items/add").then(), 400, "Bad")
                .body("Message", equalTo(BAD_REQUEST + " Price must be a number such as 300 or \"1.12\"; Monthly must be true or false."));
        error(as(token).body(Map.of("PackageId", pid)).post(PACKAGES + "/items/add").then(), 400, "Bad")
                .body("Message", equalTo(BAD_REQUEST + " ProductId is required."));
    }

    @Test
    void eachBadFieldOfABillingPackageIsReportedOnceUnderItsBillingName() {
        String token = token(newDistributor(), null);
        billingError(as(token).body(Map.of("name", 5, "fullPeriod", "yes", "packageCategoryId", 999)).post("/ResourceServer/api/v10/Package/")
                .then(), 400, "validation")
                .body("errors", equalTo(List.of(
                        Map.of("code", "invalidType", "message", "name must be a string"),
                        Map.of("code", "invalidType", "message", "fullPeriod must be true or false"),
                        Map.of("code", "unknownReference", "message", "packageCategoryId refers to no known value: 999"))));
    }
}
