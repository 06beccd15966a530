package org.packagecatalogue.mpaas;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;
import static org.packagecatalogue.support.Mpaas.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;

@QuarkusTest
class ProductsAndItemsTest {

    @Test
    void productsAreTheCataloguesServices() {
        Api.Client distributor = newDistributor();
        String token = token(distributor, null);
        String productId = as(token).body(Map.of("ProductName", "eSIM data", "Description", "Data for eSIMs")).post("/v1.0/products")
                .then().statusCode(200)
                .body("keySet()", contains("ProductId", "ProductName", "Description", "DistributorId", "AggregatorId", "Active"))
                .body("ProductId", matchesPattern("PRID-[0-9a-f-]{36}"))
                .body("DistributorId", equalTo(distributor.ownerId()))
                .extract().path("ProductId");
        as(token).get("/v1.0/products").then().statusCode(200).body("Products.ProductId", contains(productId));
        as(token).queryParam("ProductId", productId).get("/v1.0/products").then().statusCode(200).body("ProductName", equalTo("eSIM data"));
        // the same service through the billing dialect
        as(token).get("/ResourceServer/api/v10/Service/").then().statusCode(200).body("items.name", contains("eSIM data"));
        error(as(token).body(Map.of("Description", "no name")).post("/v1.0/products").then(), 400, "Bad request")
                .body("Message", equalTo("Bad request: one or more required fields are missing or contain an invalid value. ProductName is required."));
        error(as(token(newDistributor(), null)).queryParam("ProductId", productId).get("/v1.0/products").then(), 404, "Not found");
        error(as(token).queryParam("ProductId", "PRID-nope").get("/v1.0/products").then(), 400, "Bad request");
    }

    @Test
    void itemsAreAddedListedAndRemovedWithoutRemovingTheProduct() {
        Api.Client distributor = newDistributor();
        String token = token(distributor, null);
        String pkg = createPackage(token, "With items", 10, true);
        String product = as(token).body(Map.of("ProductName", "SIP trunk")).post("/v1.0/products").then().statusCode(200).extract().path("ProductId");

        String item = as(token).body(Map.of("PackageId", pkg, "ProductId", product, "Price", "1.12", "Monthly", true, "Type", "sip"))
                .post(PACKAGES + "/items/add").then().statusCode(200)
                .body("keySet()", contains("PackageItemId", "PackageId", "ProductId", "AggregatorId", "DistributorId", "Type", "Price", "Monthly", "Active"))
                .body("PackageItemId", matchesPattern("PIID-[0-9a-f-]{36}"))
                .body("PackageId", equalTo(pkg))
                .body("ProductId", equalTo(product))
                .body("Price", equalTo(1.12f))
                .body("Monthly", equalTo(true))
                .body("DistributorId", equalTo(distributor.ownerId()))
                .extract().path("PackageItemId");
        as(token).body(Map.of("PackageId", pkg, "ProductId", product, "Price", 2)).post(PACKAGES + "/items/add").then().statusCode(200);
        as(token).queryParam("PackageId", pkg).get(PACKAGES + "/items").then().statusCode(200)
                .body("PackageId", equalTo(pkg))
                .body("PackageItems", hasSize(2))
                .body("PackageItems[0].PackageItemId", equalTo(item));

        // the billing dialect sees the items as the package's services
        long identity = as(token).get("/ResourceServer/api/v10/Package/").then().extract().jsonPath().getLong("items[0].identity");
        as(token).get("/ResourceServer/api/v10/Package/" + identity + "/Detail").then().statusCode(200)
                .body("instance.details.services.serviceName", contains("SIP trunk", "SIP trunk"));

        as(token).body(Map.of("PackageItemId", item)).post(PACKAGES + "/items/delete").then().statusCode(200)
                .body("PackageItemId", equalTo(item)).body("Deleted", equalTo(true));
        as(token).queryParam("PackageId", pkg).get(PACKAGES + "/items").then().body("PackageItems", hasSize(1));
        as(token).queryParam("ProductId", product).get("/v1.0/products").then().statusCode(200); // the product stays
        error(as(token).body(Map.of("PackageItemId", item)).post(PACKAGES + "/items/delete").then(), 404, "Not found");
    }

    @Test
    void badItemsAreRefusedInTheMpaasShape() {
        String token = token(newDistributor(), null);
        String pkg = createPackage(token, "Strict", 1, true);
        String product = as(token).body(Map.of("ProductName", "P")).post("/v1.0/products").then().statusCode(200).extract().path("ProductId");
        error(as(token).body(Map.of("PackageId", pkg, "ProductId", product, "Price", "abc")).post(PACKAGES + "/items/add").then(), 400, "Bad request");
        error(as(token).body(Map.of("PackageId", pkg, "ProductId", product, "Price", -3)).post(PACKAGES + "/items/add").then(), 400, "Bad request");
        error(as(token).body(Map.of("PackageId", pkg)).post(PACKAGES + "/items/add").then(), 400, "Bad request")
                .body("Message", equalTo("Bad request: one or more required fields are missing or contain an invalid value. ProductId is required."));
        String foreignProduct = as(token(newDistributor(), null)).body(Map.of("ProductName", "Theirs")).post("/v1.0/products")
                .then().statusCode(200).extract().path("ProductId");
        error(as(token).body(Map.of("PackageId", pkg, "ProductId", foreignProduct)).post(PACKAGES + "/items/add").then(), 404, "Not found");
        error(as(token).get(PACKAGES + "/items").then(), 400, "Bad request");
    }

    @Test
    void aPackageIsCreatedWithItsItemsInOneTransaction() {
        String token = token(newDistributor(), null);
        String a = as(token).body(Map.of("ProductName", "A")).post("/v1.0/products").then().statusCode(200).extract().path("ProductId");
        String b = as(token).body(Map.of("ProductName", "B")).post("/v1.0/products").then().statusCode(200).extract().path("ProductId");
        String pkg = as(token).body(Map.of("PackageName", "Bundle", "Type", "esim", "Price", 20, "Monthly", true,
                        "PackageItems", java.util.List.of(Map.of("ProductId", a, "Price", "1.12"), Map.of("ProductId", b, "Price", 3, "Monthly", true))))
                .post(PACKAGES).then().statusCode(200).extract().path("PackageId");
        as(token).queryParam("PackageId", pkg).get(PACKAGES + "/items").then().statusCode(200)
                .body("PackageItems.ProductId", contains(a, b))
                .body("PackageItems.Price", contains(1.12f, 3));
        // one unknown product: nothing is created, not even the package
        error(as(token).body(Map.of("PackageName", "Half", "Type", "esim", "Price", 20, "Monthly", true,
                        "PackageItems", java.util.List.of(Map.of("ProductId", a), Map.of("ProductId", "PRID-a56cf783-c249-42fa-bf52-529e5886cdd4"))))
                .post(PACKAGES).then(), 404, "Not found");
        as(token).get(PACKAGES).then().statusCode(200).body("Packages.PackageName", contains("Bundle"));
    }

    @Test
    void anAggregatorKeyMayBeWrittenWithTheAidAlias() {
        Api.Client aggregator = aggregator();
        io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("AccountKey", aggregator.clientId().replace("AGID-", "AID-"), "AccountSecret", aggregator.secret()))
                .post(TOKENS).then().statusCode(200).body("successful", equalTo(true));
    }
}
