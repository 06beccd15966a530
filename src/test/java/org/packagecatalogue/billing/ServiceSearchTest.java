package org.packagecatalogue.billing;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Service/Search: Package/Search's body over the Service object's fields, within the caller's tenant. */
@QuarkusTest
class ServiceSearchTest {

    private static final String SERVICE = "/ResourceServer/api/v10/Service";

    private static int create(String token, String name, int category) {
        return as(token).body(Map.of("name", name, "serviceCategoryId", category)).post(SERVICE + "/").then().statusCode(200)
                .extract().path("results.items[0].identity");
    }

    private static Map<String, Object> term(String name, String operator, Object value, String condition) {
        Map<String, Object> term = new HashMap<>(Map.of("name", name, "operator", operator, "value", value));
        if (condition != null) {
            term.put("condition", condition);
        }
        return term;
    }

    @Test
    void searchesOrdersPagesAndProjectsTheCallersServices() {
        String token = newDistributor().token();
        int data = create(token, "Mobile data", 2);
        int roaming = create(token, "Data roaming", 2);
        create(token, "Voice", 1);
        create(newDistributor().token(), "Data of another tenant", 2);

        as(token).body(Map.of("query", Map.of(
                        "search", List.of(term("name", "contains", "DATA", null), term("serviceCategoryId", "eq", 2, "and")),
                        "orderBy", List.of(Map.of("name", "name", "direction", "asc")),
                        "pagination", Map.of("pageNumber", 1, "pageSize", 1))))
                .post(SERVICE + "/Search").then().statusCode(200)
                .body("pagination", equalTo(Map.of("pageNumber", 1, "pageSize", 1, "excludeTotalCount", false)))
                .body("pagedResults.totalCount", equalTo(2))
                .body("pagedResults.items.identity", contains(roaming))
                .body("pagedResults.items[0].name", equalTo("Data roaming"));
        as(token).body(Map.of("query", Map.of(
                        "search", List.of(term("name", "eq", "Voice", null), term("identity", "eq", data, "or")),
                        "fields", List.of("identity", "name"))))
                .post(SERVICE + "/Search").then().statusCode(200)
                .body("pagedResults.totalCount", equalTo(2))
                .body("pagedResults.items[0].keySet()", contains("identity", "name"))
                .body("pagedResults.items.name", contains("Mobile data", "Voice"));
    }

    @Test
    void aBadSearchNamesEveryProblem() {
        String token = newDistributor().token();
        billingError(as(token).body(Map.of("query", Map.of(
                        "search", List.of(term("postPaid", "eq", true, null), term("name", "like", "x", null)),
                        "fields", List.of("price"))))
                .post(SERVICE + "/Search").then(), 400, "validation")
                .body("errors.message", contains(
                        "query.fields names an unknown field: \"price\"",
                        "query.search[0].name is not a searchable field: \"postPaid\"",
                        "query.search[1].operator is not an operator: \"like\" (eq, notEq, lt, ltEq, gt, gtEq, contains)"));
    }
}
