package org.packagecatalogue.billing;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PackageSearchTest {

    static String token;
    static List<Integer> ids;

    @BeforeEach
    void catalogue() {
        if (token != null) {
            return;
        }
        token = newDistributor().token();
        ids = new java.util.ArrayList<>();
        ids.add(create("Gold Plan", 1, true, "2025-01-01T00:00:00Z"));
        ids.add(create("Silver Plan", 1, false, "2025-06-01T00:00:00Z"));
        ids.add(create("Gold Roaming", 2, true, "2026-01-01T00:00:00Z"));
        ids.add(create("Bronze 100%_off", 3, false, "2024-01-01T00:00:00Z"));
        // another tenant's Gold package must never appear
        String stranger = newDistributor().token();
        as(stranger).body(Map.of("name", "Gold Stranger")).post(PACKAGE + "/").then().statusCode(200);
    }

    private static int create(String name, int category, boolean postPaid, String start) {
        return as(token).body(Map.of("name", name, "packageCategoryId", category, "postPaid", postPaid, "start", start))
                .post(PACKAGE + "/").then().statusCode(200).extract().path("results.items[0].identity");
    }

    private static io.restassured.response.ValidatableResponse search(Map<String, Object> query) {
        return as(token).body(Map.of("query", query)).post(PACKAGE + "/Search").then();
    }

    private static Map<String, Object> term(String name, String operator, Object value, String condition) {
        Map<String, Object> term = new java.util.HashMap<>();
        term.put("name", name);
        term.put("operator", operator);
        term.put("value", value);
        if (condition != null) {
            term.put("condition", condition);
        }
        return term;
    }

    @Test
    void containsEqAndOrAndOrdering() {
        search(Map.of("search", List.of(term("name", "contains", "gold", null)))).statusCode(200)
                .body("trackingId", matchesPattern("[0-9a-f-]{36}"))
                .body("pagedResults.totalCount", equalTo(2))
                .body("pagedResults.items.name", contains("Gold Plan", "Gold Roaming"));
        search(Map.of("search", List.of(term("name", "contains", "gold", null), term("packageCategoryId", "eq", 1, "and"))))
                .statusCode(200).body("pagedResults.items.name", contains("Gold Plan"));
        // and binds tighter than or: (gold and category 2) or (bronze)
        search(Map.of("search", List.of(term("name", "contains", "gold", null), term("packageCategoryId", "eq", 2, "and"),
                        term("name", "contains", "bronze", "or"))))
                .statusCode(200).body("pagedResults.items.name", contains("Gold Roaming", "Bronze 100%_off"));
        search(Map.of("search", List.of(term("postPaid", "eq", false, null)),
                        "orderBy", List.of(Map.of("name", "start", "direction", "desc"))))
                .statusCode(200).body("pagedResults.items.name", contains("Silver Plan", "Bronze 100%_off"));
        search(Map.of("search", List.of(term("start", "gtEq", "2025-06-01T00:00:00Z", null)),
                        "orderBy", List.of(Map.of("name", "name", "direction", "asc"))))
                .statusCode(200).body("pagedResults.items.name", contains("Gold Roaming", "Silver Plan"));
        search(Map.of("search", List.of(term("identity", "notEq", ids.get(0), null), term("name", "contains", "plan", "and"))))
                .statusCode(200).body("pagedResults.items.name", contains("Silver Plan"));
    }

    @Test
    void topFieldsAndPagination() {
        search(Map.of("top", 3)).statusCode(200)
                .body("pagedResults.totalCount", equalTo(3))
                .body("pagedResults.items", hasSize(3));
        search(Map.of("fields", List.of("identity", "name"))).statusCode(200)
                .body("pagedResults.items[0].keySet()", contains("identity", "name"));
        search(Map.of("pagination", Map.of("pageNumber", 2, "pageSize", 3))).statusCode(200)
                .body("pagination.pageNumber", equalTo(2))
                .body("pagedResults.totalCount", equalTo(4))
                .body("pagedResults.items.identity", contains(ids.get(3)));
    }

    @Test
    void valuesThatLookLikeSqlOrWildcardsAreData() {
        search(Map.of("search", List.of(term("name", "eq", "x' or '1'='1", null)))).statusCode(200)
                .body("pagedResults.totalCount", equalTo(0));
        search(Map.of("search", List.of(term("name", "contains", "%", null)))).statusCode(200)
                .body("pagedResults.items.name", contains("Bronze 100%_off"));
        search(Map.of("search", List.of(term("name", "contains", "_", null)))).statusCode(200)
                .body("pagedResults.items.name", contains("Bronze 100%_off"));
        search(Map.of("search", List.of(term("description", "eq", null, null)))).statusCode(200)
                .body("pagedResults.totalCount", equalTo(4));
    }

    @Test
    void badSearchesAre400sThatNameTheProblem() {
        billingError(search(Map.of("search", List.of(term("password", "eq", "x", null)))), 400, "validation")
                .body("errors[0].message", equalTo("query.search[0].name is not a searchable field: \"password\""));
        billingError(search(Map.of("search", List.of(term("name", "like", "x", null)))), 400, "validation")
                .body("errors[0].message", startsWith("query.search[0].operator is not an operator: \"like\""));
        billingError(search(Map.of("search", List.of(term("packageCategoryId", "eq", "one", null)))), 400, "validation")
                .body("errors[0].message", startsWith("query.search[0].value does not fit packageCategoryId"));
        billingError(search(Map.of("search", List.of(term("fullPeriod", "gt", true, null)))), 400, "validation");
        billingError(search(Map.of("search", List.of(term("packageCategoryId", "contains", 1, null)))), 400, "validation");
        billingError(search(Map.of("top", 10001)), 400, "validation")
                .body("errors[0].message", equalTo("query.top must be a whole number from 1 to 10000"));
        billingError(search(Map.of("fields", List.of("secret"))), 400, "validation")
                .body("errors[0].message", equalTo("query.fields names an unknown field: \"secret\""));
        billingError(search(Map.of("orderBy", List.of(Map.of("name", "nope")))), 400, "validation");
        billingError(as(token).body(Map.of("search", List.of())).post(PACKAGE + "/Search").then(), 400, "validation")
                .body("errors[0].message", startsWith("query is required"));
        // two problems, both named
        billingError(search(Map.of("search", List.of(term("a", "eq", 1, null), term("name", "zz", "x", "and")))), 400, "validation")
                .body("errors", hasSize(2));
    }
}
