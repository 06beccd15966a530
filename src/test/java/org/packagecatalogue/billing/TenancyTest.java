package org.packagecatalogue.billing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;
import org.packagecatalogue.support.Parallel;

/**
 * Onboarding end to end, and the tenancy rule: a caller sees and changes its own packages and those
 * of the owners below it, nothing else, and another tenant's package answers exactly like a missing one.
 */
@QuarkusTest
class TenancyTest {

    @Test
    void onboardingEndToEnd() {
        // the configured aggregator logs in and creates a distributor
        String aggregatorToken = aggregator().token();
        var created = as(aggregatorToken).body(Map.of("DistributorName", "Acme Mobile")).post("/v1.0/distributor/create")
                .then().statusCode(200)
                .body("DistributorId", matchesPattern("DID-[0-9a-f-]{36}"))
                .body("AccountKey", matchesPattern("DID-[0-9a-f-]{36}"))
                .body("Secret", not(emptyOrNullString()))
                .body("keySet()", containsInAnyOrder("DistributorId", "AccountKey", "Secret"))
                .extract().jsonPath();
        // the distributor logs in with the answered key and secret, and manages its own packages
        String distributorToken = login(created.getString("AccountKey"), created.getString("Secret"));
        long own = createPackage(distributorToken, "Acme Gold");
        as(distributorToken).get(PACKAGE + "/" + own).then().statusCode(200).body("instance.ownerName", equalTo("Acme Mobile"));
        as(distributorToken).body(Map.of("name", "Acme Platinum")).put(PACKAGE + "/" + own).then().statusCode(200);
        // ... but not the aggregator's
        long aggregatorsOwn = createPackage(aggregatorToken, "Platform package");
        billingError(as(distributorToken).get(PACKAGE + "/" + aggregatorsOwn).then(), 404, "notFound");
        as(distributorToken).get(PACKAGE + "/").then().statusCode(200)
                .body("items.identity", not(hasItem((int) aggregatorsOwn)))
                .body("items.identity", hasItem((int) own));
        // the aggregator sees the package of the distributor below it
        as(aggregatorToken).get(PACKAGE + "/" + own).then().statusCode(200).body("instance.name", equalTo("Acme Platinum"));
        as(distributorToken).delete(PACKAGE + "/" + own).then().statusCode(200);
    }

    /**
     * Two tenants and callers without a token, interleaved on the same connections and worker threads: every answer is
     * its own caller's. Who the caller is travels with the request, never with the thread that happens to serve it.
     */
    @Test
    void concurrentCallersOfTwoTenantsEachGetTheirOwnAnswers() throws Exception {
        String tokenA = newDistributor().token();
        String tokenB = newDistributor().token();
        long ownA = createPackage(tokenA, "Tenant A's package");
        long ownB = createPackage(tokenB, "Tenant B's package");
        record Call(String token, String path, String expected) {
        }
        List<Call> kinds = List.of(
                new Call(tokenA, PACKAGE + "/" + ownA, "200 Tenant A's package"),
                new Call(tokenB, PACKAGE + "/" + ownB, "200 Tenant B's package"),
                new Call(tokenA, PACKAGE + "/" + ownB, "404 notFound"),
                new Call(tokenB, PACKAGE + "/" + ownA + "/Detail", "404 notFound"),
                new Call(tokenB, PACKAGE + "/" + ownB + "/Detail", "200 Tenant B's package"),
                new Call(null, PACKAGE + "/" + ownA, "401"));
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.addAll(kinds);
        }
        List<Callable<String>> tasks = new ArrayList<>();
        for (Call call : calls) {
            tasks.add(() -> {
                Response answer = call.token() == null ? given().accept(ContentType.JSON).get(call.path()) : as(call.token()).get(call.path());
                return switch (answer.statusCode()) {
                    case 200 -> "200 " + answer.jsonPath().getString("instance.name");
                    case 404 -> "404 " + answer.jsonPath().getString("type");
                    default -> String.valueOf(answer.statusCode());
                };
            });
        }
        Assertions.assertEquals(calls.stream().map(Call::expected).toList(), Parallel.run(16, tasks));
    }

    @Test
    void theSecretIsShownOnceAndCannotBeGuessedFromTheKey() {
        String aggregatorToken = aggregator().token();
        var a = as(aggregatorToken).body(Map.of("DistributorName", "A")).post("/v1.0/distributor/create").then().statusCode(200).extract().jsonPath();
        var b = as(aggregatorToken).body(Map.of("DistributorName", "B")).post("/v1.0/distributor/create").then().statusCode(200).extract().jsonPath();
        Assertions.assertNotEquals(a.getString("Secret"), b.getString("Secret"));
        Assertions.assertTrue(a.getString("Secret").length() >= 32);
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", a.getString("AccountKey"), "client_secret", b.getString("Secret")))
                .post(LOGIN).then().statusCode(401);
    }

    @Test
    void anotherTenantsPackageAnswersExactlyLikeAMissingOne() {
        Api.Client a = newDistributor();
        Api.Client b = newDistributor();
        String tokenA = a.token();
        String tokenB = b.token();
        long ofA = createPackage(tokenA, "A's package");
        long missing = ofA + 1_000_000;

        List<String> methods = List.of("GET", "PUT", "DELETE");
        for (String method : methods) {
            ExtractableResponse<Response> foreign = call(tokenB, method, ofA).then().statusCode(404).extract();
            ExtractableResponse<Response> absent = call(tokenB, method, missing).then().statusCode(404).extract();
            Assertions.assertEquals(shape(foreign, ofA), shape(absent, missing), method + " must not tell foreign from missing");
            billingError(call(tokenB, method, ofA).then(), 404, "notFound");
        }
        // and A's package is untouched
        as(tokenA).get(PACKAGE + "/" + ofA).then().statusCode(200).body("instance.name", equalTo("A's package"));
        as(tokenB).get(PACKAGE + "/").then().statusCode(200).body("totalCount", equalTo(0));
        as(tokenB).get(PACKAGE + "/Paged").then().statusCode(200).body("pagedResults.totalCount", equalTo(0));
    }

    @Test
    void onlyAnAggregatorOnboardsDistributors() {
        String distributorToken = newDistributor().token();
        given().auth().oauth2(distributorToken).contentType(ContentType.JSON).body(Map.of("DistributorName", "Sub"))
                .post("/v1.0/distributor/create").then()
                .statusCode(403)
                .body("StatusCode", equalTo(403))
                .body("Message", startsWith("Forbidden"))
                .body("keySet()", containsInAnyOrder("StatusCode", "Message"));
        given().contentType(ContentType.JSON).body(Map.of("DistributorName", "Sub"))
                .post("/v1.0/distributor/create").then()
                .statusCode(401)
                .body("StatusCode", equalTo(401))
                .body("keySet()", containsInAnyOrder("StatusCode", "Message"));
    }

    @Test
    void distributorCreateValidatesItsBodyInTheMpaasShape() {
        String aggregatorToken = aggregator().token();
        for (String body : List.of("{}", "{\"DistributorName\": \"  \"}", "{\"DistributorName\": 5}", "{oops", "")) {
            given().auth().oauth2(aggregatorToken).contentType(ContentType.JSON).body(body)
                    .post("/v1.0/distributor/create").then()
                    .statusCode(400)
                    .body("StatusCode", equalTo(400))
                    .body("Message", startsWith("Bad request"))
                    .body("keySet()", containsInAnyOrder("StatusCode", "Message"));
        }
    }

    private static Response call(String token, String method, long id) {
        return switch (method) {
            case "GET" -> as(token).get(PACKAGE + "/" + id);
            case "PUT" -> as(token).body(Map.of("name", "hijacked")).put(PACKAGE + "/" + id);
            default -> as(token).delete(PACKAGE + "/" + id);
        };
    }

    /** The answer with its trackingId and the id it names taken out: what is left must be identical. */
    private static String shape(ExtractableResponse<Response> response, long id) {
        return response.asString()
                .replace(response.jsonPath().getString("trackingId"), "<tracking>")
                .replace(String.valueOf(id), "<id>");
    }
}
