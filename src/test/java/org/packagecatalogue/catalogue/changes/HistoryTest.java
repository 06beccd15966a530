package org.packagecatalogue.catalogue.changes;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;
import org.packagecatalogue.support.Contents;
import org.packagecatalogue.support.Mpaas;

/** Package and service history in both dialects: newest first, paged, in each dialect's names, tenant-scoped, after a delete too. */
@QuarkusTest
class HistoryTest {

    private static final String SERVICE = Contents.SERVICE;

    @Test
    void billingPackageHistoryNewestFirstInBillingNames() {
        Api.Client distributor = newDistributor();
        String token = distributor.token();
        long id = createPackage(token, "Storied");
        String put = as(token).body(Map.of("name", "Storied 2", "isGlobalAddOnEligible", true)).put(PACKAGE + "/" + id).then().statusCode(200)
                .extract().header("trackingId");
        as(token).body(Map.of("packageCurrencies", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 1, "currencyId", 840)))))
                .patch(PACKAGE + "/" + id).then().statusCode(200);

        JsonPath history = as(token).get(PACKAGE + "/" + id + "/History").then().statusCode(200)
                .body("pagination.pageNumber", equalTo(1))
                .body("pagedResults.totalCount", equalTo(3))
                .body("pagedResults.items.action", contains("created", "updated", "created"))
                .body("pagedResults.items.objectType", contains("packageCurrency", "package", "package"))
                .extract().jsonPath();
        // the update, in the billing dialect's names, with who and which request
        history.setRootPath("pagedResults.items[1]");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(
                Map.of("name", "name", "before", "Storied", "after", "Storied 2"),
                Map.of("name", "isGlobalAddOnEligible", "before", false, "after", true)), history.getList("fields"));
        org.junit.jupiter.api.Assertions.assertEquals(distributor.clientId(), history.getString("clientId"));
        org.junit.jupiter.api.Assertions.assertEquals(put, history.getString("trackingId"));
        org.junit.jupiter.api.Assertions.assertEquals(1, history.getInt("version"));
        org.junit.jupiter.api.Assertions.assertEquals(id, history.getLong("objectId"));
        as(token).get(PACKAGE + "/" + id + "/History").then().body("pagedResults.items[0].fields",
                equalTo(List.of(field("currencyId", null, 840))));

        // paged like Package/Paged
        as(token).queryParam("pageNumber", 2).queryParam("pageSize", 2).get(PACKAGE + "/" + id + "/History").then().statusCode(200)
                .body("pagedResults.totalCount", equalTo(3))
                .body("pagedResults.items.action", contains("created"))
                .body("pagedResults.items[0].objectType", equalTo("package"));
        as(token).queryParam("excludeTotalCount", true).get(PACKAGE + "/" + id + "/History").then().statusCode(200)
                .body("pagedResults.totalCount", nullValue()).body("pagedResults.items.size()", equalTo(3));

        // a deleted package keeps its history, newest entry the delete
        as(token).delete(PACKAGE + "/" + id).then().statusCode(200);
        as(token).get(PACKAGE + "/" + id + "/History").then().statusCode(200)
                .body("pagedResults.totalCount", equalTo(5))
                .body("pagedResults.items.action", contains("deleted", "deleted", "created", "updated", "created"))
                .body("pagedResults.items.objectType", contains("package", "packageCurrency", "packageCurrency", "package", "package"));
    }

    @Test
    void anotherTenantsHistoryIsA404LikeAMissingOne() {
        String owner = newDistributor().token();
        String stranger = newDistributor().token();
        long id = createPackage(owner, "Private");
        long service = Contents.createService(owner, "Private service");
        billingError(as(stranger).get(PACKAGE + "/" + id + "/History").then(), 404, "notFound");
        billingError(as(stranger).get(SERVICE + "/" + service + "/History").then(), 404, "notFound");
        billingError(as(owner).get(PACKAGE + "/99999999/History").then(), 404, "notFound");
        // the aggregator above both sees its distributors' history
        as(aggregator().token()).get(PACKAGE + "/" + id + "/History").then().statusCode(200).body("pagedResults.totalCount", equalTo(1));
        billingError(as(owner).get(PACKAGE + "/abc/History").then(), 400, "validation");
    }

    @Test
    void billingServiceHistoryAfterADelete() {
        String token = newDistributor().token();
        long service = Contents.createService(token, "Voice");
        as(token).body(Map.of("name", "Voice 2", "description", "calls")).put(SERVICE + "/" + service).then().statusCode(200);
        as(token).delete(SERVICE + "/" + service).then().statusCode(200);
        as(token).get(SERVICE + "/" + service + "/History").then().statusCode(200)
                .body("pagedResults.items.action", contains("deleted", "updated", "created"))
                .body("pagedResults.items[1].fields", equalTo(List.of(
                        Map.of("name", "name", "before", "Voice", "after", "Voice 2"),
                        field("description", null, "calls"))))
                .body("pagedResults.items[2].fields", equalTo(List.of(
                        field("name", null, "Voice"),
                        field("serviceCategoryId", null, 2))));
    }

    @Test
    void mpaasHistoryInMpaasNamesAndIds() {
        Api.Client distributor = newDistributor();
        String token = Mpaas.token(distributor, null);
        String pid = Mpaas.createPackage(token, "Storied", 5, true);
        as(token).body(Map.of("PackageId", pid, "Price", 7, "PackageName", "Storied 2")).post(Mpaas.PACKAGES + "/update").then().statusCode(200);
        String product = as(token).body(Map.of("ProductName", "P")).post("/v1.0/products").then().statusCode(200).extract().path("ProductId");
        as(token).body(Map.of("ProductId", product, "ProductName", "P2")).post("/v1.0/products/update").then().statusCode(200);

        as(token).queryParam("PackageId", pid).get(Mpaas.PACKAGES + "/history").then().statusCode(200)
                .body("ObjectId", equalTo(pid))
                .body("TotalCount", equalTo(4))
                .body("History.Action", contains("updated", "updated", "created", "created"))
                .body("History.ObjectType", hasItems("Package", "PackageFrequency"))
                .body("History.find { it.ObjectType == 'Package' && it.Action == 'updated' }.Fields",
                        equalTo(List.of(Map.of("Field", "PackageName", "Before", "Storied", "After", "Storied 2"))))
                .body("History.find { it.ObjectType == 'PackageFrequency' && it.Action == 'updated' }.Fields",
                        equalTo(List.of(Map.of("Field", "Price", "Before", 5, "After", 7))))
                .body("History.find { it.ObjectType == 'Package' && it.Action == 'created' }.ObjectId", equalTo(pid))
                .body("History[0].AccountKey", equalTo(distributor.clientId()));
        as(token).queryParam("PackageId", pid).queryParam("PageSize", 1).queryParam("PageNumber", 4).get(Mpaas.PACKAGES + "/history")
                .then().statusCode(200).body("History.size()", equalTo(1)).body("History[0].Action", equalTo("created"));

        as(token).queryParam("ProductId", product).get("/v1.0/products/history").then().statusCode(200)
                .body("ObjectId", equalTo(product))
                .body("History.Action", contains("updated", "created"))
                .body("History[0].ObjectType", equalTo("Product"))
                .body("History[0].ObjectId", equalTo(product))
                .body("History[0].Fields", equalTo(List.of(Map.of("Field", "ProductName", "Before", "P", "After", "P2"))));

        String stranger = Mpaas.token(newDistributor(), null);
        Mpaas.error(as(stranger).queryParam("PackageId", pid).get(Mpaas.PACKAGES + "/history").then(), 404, "Not found");
        Mpaas.error(as(stranger).queryParam("ProductId", product).get("/v1.0/products/history").then(), 404, "Not found");
        Mpaas.error(as(token).get(Mpaas.PACKAGES + "/history").then(), 400, "Bad request");
        Mpaas.error(as(token).queryParam("PackageId", pid).queryParam("PageSize", 0).get(Mpaas.PACKAGES + "/history").then(), 400, "Bad request");
    }

    /** A field of a billing history entry (before or after may be null, which Map.of refuses). */
    private static Map<String, Object> field(String name, Object before, Object after) {
        Map<String, Object> field = new java.util.LinkedHashMap<>();
        field.put("name", name);
        field.put("before", before);
        field.put("after", after);
        return field;
    }
}
