package org.packagecatalogue.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every operation of both dialects in the served document has a stable, readable operationId (what a
 * generated client names its methods after), a summary and a description: renaming one breaks every client
 * generated before, so the whole list is pinned here. Every request body and every answer that has a body
 * has a JSON schema (the tests check each answer against it: support/ContractFilter).
 */
@QuarkusTest
class OperationIdsTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void everyOperationHasItsStableOperationIdASummaryAndSchemas() {
        io.restassured.path.json.JsonPath document = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        Map<String, Map<String, Object>> shared = document.getMap("components.responses");
        Map<String, String> byId = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String where = method.toUpperCase() + " " + path;
            Object id = operation.get("operationId");
            Object summary = operation.get("summary");
            if (!(id instanceof String name) || !name.matches("[a-z][A-Za-z]+")) {
                problems.add(where + ": operationId " + id);
            } else if (byId.put(name, where) != null) {
                problems.add(where + ": operationId " + name + " is also " + byId.get(name));
            }
            if (!(summary instanceof String text) || text.isBlank()) {
                problems.add(where + ": no summary");
            }
            if (!(operation.get("description") instanceof String text) || text.isBlank()) {
                problems.add(where + ": no description");
            }
            if (operation.get("requestBody") instanceof Map<?, ?> body) {
                ((Map<?, ?>) body.get("content")).forEach((type, media) -> {
                    if (((Map<?, ?>) media).get("schema") == null) {
                        problems.add(where + ": the " + type + " request body has no schema");
                    }
                });
            }
            ((Map<?, ?>) operation.get("responses")).forEach((status, answer) -> {
                Map<?, ?> response = (Map<?, ?>) answer;
                if (response.get("$ref") instanceof String ref) {
                    response = shared.get(ref.substring("#/components/responses/".length()));
                    if (response == null) {
                        problems.add(where + ": the " + status + " answer refers to " + ref + ", which is not there");
                        return;
                    }
                }
                Object content = response.get("content");
                if (!(content instanceof Map<?, ?> types) || !(types.get("application/json") instanceof Map<?, ?> json)
                        || json.get("schema") == null) {
                    problems.add(where + ": the " + status + " answer has no JSON schema");
                }
            });
        }));
        assertEquals(List.of(), problems);
        assertEquals(new TreeSet<>(List.of(
                "login", "listPackages", "getPackagesPaged", "getPackagesPagedDetail", "getPackageDetail",
                "listPackagesAvailableForCurrency", "listPackagesAvailableForSharePlanParticipation", "searchPackages",
                "patchPackage", "getPackage", "createPackage", "updatePackage", "deletePackage", "getPackageHistory", "getServiceHistory",
                "mpaasGetPackageHistory", "mpaasGetProductHistory",
                "listWebhooks", "createWebhook", "getWebhook", "updateWebhook", "deleteWebhook", "disableWebhook", "enableWebhook",
                "rotateWebhookSecret", "getWebhookDeliveries", "redeliverWebhookEvent",
                "mpaasGetWebhooks", "mpaasCreateWebhook", "mpaasUpdateWebhook", "mpaasDisableWebhook", "mpaasEnableWebhook",
                "mpaasRotateWebhookSecret", "mpaasDeleteWebhook", "mpaasGetWebhookDeliveries", "mpaasRedeliverWebhookEvent",
                "listServices", "getService", "createService", "getServicesPaged", "searchServices", "updateService", "deleteService", "listLookup", "getLookupPaged", "getLookup",
                "mpaasCreateToken", "mpaasCreateTokenOldSpelling", "mpaasCreateDistributor",
                "mpaasCreatePackage", "mpaasUpdatePackage", "mpaasGetPackages", "mpaasDeletePackage",
                "mpaasGetPackageItems", "mpaasAddPackageItem", "mpaasDeletePackageItem", "mpaasGetPackageSubscriptions",
                "mpaasCreateProduct", "mpaasGetProducts", "mpaasUpdateProduct", "mpaasDeleteProduct", "mpaasSubscribe", "mpaasCancelSubscription",
                "mpaasListClients", "mpaasCreateClient", "mpaasRotateClientSecret", "mpaasRevokeClient",
                "listPackagesWithSlash", "createPackageWithSlash", "listServicesWithSlash", "createServiceWithSlash",
                "listWebhooksWithSlash", "createWebhookWithSlash", "listLookupWithSlash")), byId.keySet());
        assertEquals("GET /ResourceServer/api/v10/Package/", byId.get("listPackagesWithSlash"));
        assertEquals("POST /ResourceServer/api/v10/Service/", byId.get("createServiceWithSlash"));
        assertEquals("GET /ResourceServer/api/v10/{lookup}/", byId.get("listLookupWithSlash"));
        assertEquals("GET /ResourceServer/api/v10/Package/{id}", byId.get("getPackage"));
        assertEquals("PUT /ResourceServer/api/v10/Package/{id}", byId.get("updatePackage"));
        assertEquals("POST /v1.0/packages/update", byId.get("mpaasUpdatePackage"));
        assertEquals("GET /ResourceServer/api/v10/Package/{id}/History", byId.get("getPackageHistory"));
        assertEquals("GET /v1.0/products/history", byId.get("mpaasGetProductHistory"));
    }
}
