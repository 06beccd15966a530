package org.packagecatalogue.platform;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packagecatalogue.support.Api.PACKAGE;
import static org.packagecatalogue.support.Api.as;
import static org.packagecatalogue.support.Api.newDistributor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;
import org.packagecatalogue.support.Contents;
import org.packagecatalogue.support.Mpaas;

/**
 * What the document's bounds promise of an answer holds whatever the request: an error lists at most 100 problems and
 * says how many more there were, no error text is longer than 4,000 characters, and what a request may hold is
 * bounded where the service reads it (a search's lists, a token request's texts, a package's contents).
 */
@QuarkusTest
class AnswerBoundsTest {

    @Test
    void anErrorListsAHundredProblemsAndCountsTheRest() {
        String token = newDistributor().token();
        long pkg = Api.createPackage(token, "Many problems");
        List<Map<String, Object>> items = IntStream.range(0, 150)
                .mapToObj(i -> Map.<String, Object>of("patchType", "create", "patchClientId", i)).toList();
        var errors = as(token).body(Map.of("packageServices", Map.of("items", items))).patch(PACKAGE + "/" + pkg)
                .then().statusCode(400).body("type", equalTo("validation"))
                .extract().jsonPath().getList("errors", Map.class);
        assertEquals(101, errors.size());
        assertEquals(Map.of("code", "required", "message", "packageService[patchClientId=0].serviceId is required"), errors.get(0));
        assertEquals(Map.of("code", "moreProblems", "message", "and 50 more problems: correct these and send again"), errors.get(100));
    }

    @Test
    void anErrorTextIsCutAtFourThousandCharacters() {
        String token = newDistributor().token();
        String field = "x".repeat(5000);
        String message = as(token).body(Map.of("query", Map.of("fields", List.of(field)))).post(PACKAGE + "/Search")
                .then().statusCode(400).extract().path("errors[0].message");
        assertEquals(4000, message.length());
        assertEquals("query.fields names an unknown field: \"" + "x".repeat(3961) + "…", message);
    }

    @Test
    void aSearchsListsAndATokenRequestsTextsAreBounded() {
        String token = newDistributor().token();
        List<String> fields = new ArrayList<>(IntStream.range(0, 101).mapToObj(i -> "name").toList());
        as(token).body(Map.of("query", Map.of("fields", fields))).post(PACKAGE + "/Search").then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("code", "invalidValue", "message", "query.fields holds 101 entries; at most 100"))));

        Api.Client client = newDistributor();
        io.restassured.RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("AccountKey", client.clientId(), "AccountSecret", client.secret(), "ApiEndpoint", "/v1.0/" + "p".repeat(300)))
                .post(Mpaas.TOKENS).then().statusCode(400)
                .body("Message", equalTo("Bad request: one or more required fields are missing or contain an invalid value."
                        + " ApiEndpoint must be at most 255 characters."));
    }

    @Test
    void aBucketHoldsAtMostAThousandTiers() {
        String token = newDistributor().token();
        long pkg = Api.createPackage(token, "Finely tiered");
        long service = Contents.createService(token, "Data");
        List<Map<String, Object>> tiers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            tiers.add(Map.of("patchType", "create", "patchClientId", i, "usageBucketPatchClientId", "b", "threshold", i));
        }
        var created = as(token).body(Map.of(
                        "packageServices", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", "s", "serviceId", service))),
                        "usageBuckets", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", "b",
                                "packageServicePatchClientId", "s", "name", "Data"))),
                        "tiers", Map.of("items", tiers)))
                .patch(PACKAGE + "/" + pkg).then().statusCode(200).extract().jsonPath();
        long bucket = created.getLong("results.items.find { it.patchClientId == 'b' }.identity");
        as(token).body(Map.of("tiers", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", "one-more",
                        "usageBucketId", bucket, "threshold", 1000)))))
                .patch(PACKAGE + "/" + pkg).then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("code", "invalidValue", "message", "tier would make a usage bucket's tiers 1001; at most 1000"))));
        as(token).get(PACKAGE + "/" + pkg + "/Detail").then().statusCode(200)
                .body("instance.details.services[0].details.usageBuckets[0].details.tiers", hasSize(1000));
    }
}
