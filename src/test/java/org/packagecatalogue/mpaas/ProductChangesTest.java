package org.packagecatalogue.mpaas;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;
import static org.packagecatalogue.support.Mpaas.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;

/** mPaaS products can be changed and removed like packages: only what is sent, ETags, 409 while in use, tenancy. */
@QuarkusTest
class ProductChangesTest {

    private static final String PRODUCTS = "/v1.0/products";

    @Test
    void anUpdateChangesOnlyWhatIsSentAndMovesTheETag() {
        Api.Client distributor = newDistributor();
        String token = token(distributor, null);
        String product = as(token).body(Map.of("ProductName", "eSIM data", "Description", "Data")).post(PRODUCTS)
                .then().statusCode(200).extract().path("ProductId");
        String etag = as(token).queryParam("ProductId", product).get(PRODUCTS).then().statusCode(200).extract().header("ETag");
        String newTag = as(token).header("If-Match", etag).body(Map.of("ProductId", product, "Description", "Data, 5G"))
                .post(PRODUCTS + "/update").then().statusCode(200)
                .body("keySet()", contains("ProductId", "ProductName", "Description", "DistributorId", "AggregatorId", "Active"))
                .body("ProductId", equalTo(product))
                .body("ProductName", equalTo("eSIM data"))
                .body("Description", equalTo("Data, 5G"))
                .body("DistributorId", equalTo(distributor.ownerId()))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, newTag);
        error(as(token).header("If-Match", etag).body(Map.of("ProductId", product, "ProductName", "lost"))
                .post(PRODUCTS + "/update").then(), 412, "Precondition failed");
        error(as(token).body(Map.of("ProductName", "no id")).post(PRODUCTS + "/update").then(), 400, "Bad request")
                .body("Message", equalTo("Bad request: one or more required fields are missing or contain an invalid value. ProductId is required."));
        error(as(token).body(Map.of("ProductId", product, "ProductName", "")).post(PRODUCTS + "/update").then(), 400, "Bad request");
        as(token).queryParam("ProductId", product).get(PRODUCTS).then().body("ProductName", equalTo("eSIM data"));
    }

    @Test
    void aDeleteIsRefusedWhileAPackageItemUsesTheProduct() {
        String token = token(newDistributor(), null);
        String product = as(token).body(Map.of("ProductName", "SIP trunk")).post(PRODUCTS).then().statusCode(200).extract().path("ProductId");
        String pkg = createPackage(token, "Uses it", 10, true);
        String item = as(token).body(Map.of("PackageId", pkg, "ProductId", product)).post(PACKAGES + "/items/add")
                .then().statusCode(200).extract().path("PackageItemId");
        error(as(token).body(Map.of("ProductId", product)).post(PRODUCTS + "/delete").then(), 409, "Conflict");
        as(token).body(Map.of("PackageItemId", item)).post(PACKAGES + "/items/delete").then().statusCode(200);
        as(token).body(Map.of("ProductId", product)).post(PRODUCTS + "/delete").then().statusCode(200)
                .body("", equalTo(Map.of("ProductId", product, "Deleted", true)));
        error(as(token).queryParam("ProductId", product).get(PRODUCTS).then(), 404, "Not found");
    }

    @Test
    void anotherTenantsProductIsNotFound() {
        String owner = token(newDistributor(), null);
        String stranger = token(newDistributor(), null);
        String product = as(owner).body(Map.of("ProductName", "Private")).post(PRODUCTS).then().statusCode(200).extract().path("ProductId");
        error(as(stranger).body(Map.of("ProductId", product, "ProductName", "taken")).post(PRODUCTS + "/update").then(), 404, "Not found");
        error(as(stranger).body(Map.of("ProductId", product)).post(PRODUCTS + "/delete").then(), 404, "Not found");
        as(owner).queryParam("ProductId", product).get(PRODUCTS).then().statusCode(200).body("ProductName", equalTo("Private"));
    }
}
