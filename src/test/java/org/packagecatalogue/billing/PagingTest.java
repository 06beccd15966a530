package org.packagecatalogue.billing;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagingTest {

    static String token;
    static List<Integer> ids;

    /** A distributor of its own with exactly five packages. */
    @BeforeEach
    void fivePackages() {
        if (token != null) {
            return;
        }
        token = newDistributor().token();
        ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add((int) createPackage(token, "Package " + i));
        }
    }

    @Test
    void defaultsAndTheEnvelope() {
        as(token).get(PACKAGE + "/Paged").then()
                .statusCode(200)
                .body("trackingId", matchesPattern("[0-9a-f-]{36}"))
                .body("pagination.pageNumber", equalTo(1))
                .body("pagination.pageSize", equalTo(20))
                .body("pagination.excludeTotalCount", equalTo(false))
                .body("pagedResults.totalCount", equalTo(5))
                .body("pagedResults.items.identity", equalTo(ids))
                .body("pagedResults.items[0].keySet()", hasItems("identity", "name", "ownerId", "packageCategoryName", "id"));
    }

    @Test
    void paginationHeaderPagesInAStableOrder() {
        as(token).header("Pagination", "{\"pageNumber\":1,\"pageSize\":2}").get(PACKAGE + "/Paged").then()
                .statusCode(200)
                .body("pagination.pageSize", equalTo(2))
                .body("pagedResults.totalCount", equalTo(5))
                .body("pagedResults.items.identity", equalTo(ids.subList(0, 2)));
        as(token).header("Pagination", "{\"pageNumber\":2,\"pageSize\":2}").get(PACKAGE + "/Paged").then()
                .body("pagedResults.items.identity", equalTo(ids.subList(2, 4)));
    }

    @Test
    void theLastPageIsShortAndAPageBeyondItIsEmpty() {
        as(token).header("Pagination", "{\"pageNumber\":3,\"pageSize\":2}").get(PACKAGE + "/Paged").then()
                .statusCode(200)
                .body("pagination.pageNumber", equalTo(3))
                .body("pagedResults.totalCount", equalTo(5))
                .body("pagedResults.items.identity", equalTo(ids.subList(4, 5)));
        as(token).header("Pagination", "{\"pageNumber\":9,\"pageSize\":2}").get(PACKAGE + "/Paged").then()
                .statusCode(200)
                .body("pagedResults.totalCount", equalTo(5))
                .body("pagedResults.items", empty());
    }

    @Test
    void excludeTotalCountAnswersANullCount() {
        as(token).header("Pagination", "{\"pageNumber\":1,\"pageSize\":3,\"excludeTotalCount\":true}").get(PACKAGE + "/Paged").then()
                .statusCode(200)
                .body("pagination.excludeTotalCount", equalTo(true))
                .body("pagedResults", hasKey("totalCount"))
                .body("pagedResults.totalCount", nullValue())
                .body("pagedResults.items", hasSize(3));
    }

    @Test
    void queryParametersWorkAndOverrideTheHeader() {
        as(token).queryParam("pageNumber", 2).queryParam("pageSize", 3).queryParam("excludeTotalCount", true)
                .get(PACKAGE + "/Paged").then()
                .statusCode(200)
                .body("pagination.pageNumber", equalTo(2))
                .body("pagedResults.totalCount", nullValue())
                .body("pagedResults.items.identity", equalTo(ids.subList(3, 5)));
        as(token).header("Pagination", "{\"pageNumber\":1,\"pageSize\":1}").queryParam("pageSize", 4)
                .get(PACKAGE + "/Paged").then()
                .body("pagination.pageSize", equalTo(4))
                .body("pagedResults.items", hasSize(4));
    }

    @Test
    void pageSizeUpTo1000IsAcceptedAndAboveIsRefused() {
        as(token).queryParam("pageSize", 1000).get(PACKAGE + "/Paged").then().statusCode(200).body("pagedResults.items", hasSize(5));
        billingError(as(token).queryParam("pageSize", 1001).get(PACKAGE + "/Paged").then(), 400, "validation")
                .body("errors[0].message", equalTo("pageSize must be between 1 and 1000"));
        billingError(as(token).header("Pagination", "{\"pageSize\":5000}").get(PACKAGE + "/Paged").then(), 400, "validation");
    }

    @Test
    void badPagingInputIsA400ListingEveryProblem() {
        billingError(as(token).header("Pagination", "not json").get(PACKAGE + "/Paged").then(), 400, "validation")
                .body("errors[0].code", equalTo("malformed"));
        billingError(as(token).header("Pagination", "[1]").get(PACKAGE + "/Paged").then(), 400, "validation");
        billingError(as(token).header("Pagination", "{\"pageNumber\":\"two\",\"pageSize\":0,\"excludeTotalCount\":\"no\"}")
                .get(PACKAGE + "/Paged").then(), 400, "validation")
                .body("errors.message", containsInAnyOrder(
                        "pageNumber must be a whole number",
                        "pageSize must be between 1 and 1000",
                        "excludeTotalCount must be true or false"));
        billingError(as(token).queryParam("pageNumber", 0).get(PACKAGE + "/Paged").then(), 400, "validation")
                .body("errors[0].message", equalTo("pageNumber must be 1 or more"));
        billingError(as(token).queryParam("pageNumber", "x").get(PACKAGE + "/Paged").then(), 400, "validation");
    }
}
