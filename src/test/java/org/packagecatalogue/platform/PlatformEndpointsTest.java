package org.packagecatalogue.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void healthProbesAreUpAndTheDatabaseIsReportedApart() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        // readiness is this replica's own: the shared database is not one of its checks
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", not(hasItem(containsString("Database"))));
        given().get("/q/health/well").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", equalTo(java.util.List.of("Database")));
    }

    /** Also keeps the document as clients get it, target/served-openapi.json, which .ci/run lints with Spectral. */
    @Test
    void openApiDescribesEveryEndpointWithTheSeedsExamples() throws java.io.IOException {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems(
                        "/ResourceServer/api/v10/Package",
                        "/ResourceServer/api/v10/Package/Paged",
                        "/ResourceServer/api/v10/Package/{id}",
                        "/AuthorizationServer/api/v10/Access/Login",
                        "/v1.0/distributor/create",
                        "/ResourceServer/api/v10/Package/{id}/Detail",
                        "/ResourceServer/api/v10/Package/Paged/Detail",
                        "/ResourceServer/api/v10/Package/AvailableFor/Currency/{id}",
                        "/ResourceServer/api/v10/Package/AvailableFor/SharePlan/Participation",
                        "/ResourceServer/api/v10/Package/Search",
                        "/ResourceServer/api/v10/Service",
                        "/ResourceServer/api/v10/Package/",
                        "/ResourceServer/api/v10/Service/",
                        "/ResourceServer/api/v10/{lookup}/",
                        "/v1.0/oauth2/tokens",
                        "/v1.0/OAuth2/tokens",
                        "/v1.0/packages",
                        "/v1.0/packages/update",
                        "/v1.0/packages/delete",
                        "/v1.0/packages/items",
                        "/v1.0/packages/items/add",
                        "/v1.0/packages/items/delete",
                        "/v1.0/packages/subscriptions",
                        "/v1.0/products",
                        "/v1.0/subscriptions",
                        "/v1.0/subscriptions/cancel"))
                .body("paths.'/ResourceServer/api/v10/Package/{id}'.keySet()", hasItems("get", "put", "patch", "delete"))
                .body("components.examples.billingPackagePatchRequest.value.usageBuckets.items[0].packageServicePatchClientId", equalTo(1))
                .body("components.examples.billingPackageDetail.value.instance.details.services[0].details.usageBuckets[0].details.tiers",
                        hasSize(2))
                .body("components.examples.billingPackageInstance.value.instance.name", equalTo("Gold Service Plan"))
                .body("components.examples.billingPackagePaged.value.pagination.pageSize", equalTo(20))
                .body("components.securitySchemes", hasKey("bearer"))
                .body("servers", equalTo(java.util.List.of(java.util.Map.of("url", "/", "x-internal", false,
                        "description", "The API of the deployment that serves this document (production, staging or local alike)"))))
                .extract().asString();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "served-openapi.json"), served);
    }

    /** .spectral.yaml waives OWASP's string-restricted rule for free text only: every other string states its form. */
    @Test
    void everyStringTheDocumentLeavesWithoutAFormatIsFreeText() throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        java.util.Set<String> unstated = new java.util.TreeSet<>();
        unstatedStrings(null, document, unstated);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of(), unstated.stream()
                .filter(name -> !SchemaBoundsDocumented.isFreeText(name)).collect(java.util.stream.Collectors.toSet()));
        org.junit.jupiter.api.Assertions.assertTrue(unstated.contains("description"), "the walk found the document's strings: " + unstated);
    }

    /** The names of the string schemas under {@code node} that state no format, pattern, enumeration or constant. */
    private static void unstatedStrings(String name, com.fasterxml.jackson.databind.JsonNode node, java.util.Set<String> found) {
        if (node.isObject()) {
            com.fasterxml.jackson.databind.JsonNode type = node.path("type");
            boolean string = type.isTextual() ? type.asText().equals("string")
                    : type.isArray() && java.util.stream.StreamSupport.stream(type.spliterator(), false).anyMatch(t -> t.asText().equals("string"));
            if (string && !node.has("format") && !node.has("pattern") && !node.has("enum") && !node.has("const")) {
                found.add(String.valueOf(name));
            }
            node.fields().forEachRemaining(field -> {
                boolean named = field.getKey().equals("properties");
                if (named) {
                    field.getValue().fields().forEachRemaining(property -> unstatedStrings(property.getKey(), property.getValue(), found));
                } else if (field.getKey().equals("parameters")) {
                    field.getValue().forEach(parameter -> unstatedStrings(parameter.path("name").asText(), parameter.path("schema"), found));
                } else if (!field.getKey().equals("examples") && !field.getKey().equals("example")) {
                    boolean same = java.util.Set.of("items", "schema", "allOf", "oneOf", "anyOf", "additionalProperties").contains(field.getKey());
                    unstatedStrings(same ? name : field.getKey(), field.getValue(), found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> unstatedStrings(name, element, found));
        }
    }

    @Test
    void swaggerUiAndPrometheusMetricsAreServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().get("/ResourceServer/api/v10/Package/").then().statusCode(401); // one request to count
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void unknownPathsAnswerInTheirDialectsShape() {
        given().get("/v1.0/nothing-here").then().statusCode(404)
                .body("StatusCode", equalTo(404))
                .body("Message", startsWith("Not found"));
        given().get("/ResourceServer/api/v10/Nothing").then().statusCode(404)
                .body("type", equalTo("notFound"))
                .body("errors[0].code", equalTo("notFound"));
    }
}
