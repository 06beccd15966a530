package org.packagecatalogue.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;

@QuarkusTest
class LoginTest {

    @Test
    void passwordGrantAnswersTheDocumentedShape() {
        Api.Client aggregator = aggregator();
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", aggregator.clientId(), "client_secret", aggregator.secret()))
                .post(LOGIN).then()
                .statusCode(200)
                .body("access_token", matchesPattern("[\\w-]+\\.[\\w-]+\\.[\\w-]+"))
                .body("refresh_token", matchesPattern("[\\w-]+\\.[\\w-]+\\.[\\w-]+"))
                .body("token_type", equalTo("bearer"))
                .body("expires_in", allOf(greaterThan(0), lessThanOrEqualTo(1800)))
                .body("'.issued'", endsWith("GMT"))
                .body("'.expires'", endsWith("GMT"));
    }

    @Test
    void usernameAndPasswordAreAcceptedForClientIdAndSecret() {
        Api.Client aggregator = aggregator();
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "username", aggregator.clientId(), "password", aggregator.secret()))
                .post(LOGIN).then().statusCode(200).body("token_type", equalTo("bearer"));
    }

    @Test
    void theTokenNamesTheOwnerAndTheRoles() {
        String token = aggregator().token();
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        io.restassured.path.json.JsonPath claims = io.restassured.path.json.JsonPath.from(payload);
        org.junit.jupiter.api.Assertions.assertEquals(aggregator().ownerId(), claims.getString("owner"));
        org.junit.jupiter.api.Assertions.assertTrue(claims.getList("groups").containsAll(
                java.util.List.of(Roles.READ, Roles.WRITE, Roles.ONBOARD)));
        org.junit.jupiter.api.Assertions.assertTrue(claims.getLong("exp") - claims.getLong("iat") <= 1800);
    }

    @Test
    void wrongSecretAndUnknownClientAreTheSame401() {
        Api.Client aggregator = aggregator();
        for (Map<String, String> form : java.util.List.of(
                Map.of("grant_type", "password", "client_id", aggregator.clientId(), "client_secret", "wrong"),
                Map.of("grant_type", "password", "client_id", "DID-00000000-0000-0000-0000-000000000000", "client_secret", "wrong"))) {
            given().contentType(ContentType.URLENC).formParams(form).post(LOGIN).then()
                    .statusCode(401)
                    .body("error", equalTo("invalid_client"))
                    .body("error_description", equalTo("unknown client or wrong secret"))
                    .body("trackingId", matchesPattern("[0-9a-f-]{36}"))
                    .body(not(containsString("wrong\"")));
        }
    }

    @Test
    void badTokenRequestsAreOAuthErrors() {
        given().contentType(ContentType.URLENC).formParams(Map.of("grant_type", "client_credentials"))
                .post(LOGIN).then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
        given().contentType(ContentType.URLENC).formParams(Map.of("client_id", "x"))
                .post(LOGIN).then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType(ContentType.URLENC).formParams(Map.of("grant_type", "password", "client_id", "x"))
                .post(LOGIN).then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType(ContentType.JSON).body("{}")
                .post(LOGIN).then().statusCode(415).body("error", equalTo("unsupportedMediaType"));
        given().get(LOGIN).then().statusCode(405).body("error", equalTo("methodNotAllowed"));
    }

    @Test
    void refreshTokenGrantIssuesANewAccessToken() {
        Api.Client aggregator = aggregator();
        String refresh = given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", aggregator.clientId(), "client_secret", aggregator.secret()))
                .post(LOGIN).then().statusCode(200).extract().path("refresh_token");
        String access = given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "refresh_token", "refresh_token", refresh))
                .post(LOGIN).then().statusCode(200)
                .body("token_type", equalTo("bearer"))
                .extract().path("access_token");
        as(access).get(PACKAGE + "/").then().statusCode(200);
        // a refresh token bound to another client is refused
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "refresh_token", "refresh_token", refresh, "client_id", "someone-else"))
                .post(LOGIN).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void refreshAndAccessTokensCannotStandInForEachOther() {
        Api.Client aggregator = aggregator();
        var answer = given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", aggregator.clientId(), "client_secret", aggregator.secret()))
                .post(LOGIN).then().statusCode(200).extract().jsonPath();
        billingError(as(answer.getString("refresh_token")).get(PACKAGE + "/").then(), 401, "unauthorized");
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "refresh_token", "refresh_token", answer.getString("access_token")))
                .post(LOGIN).then().statusCode(400).body("error", equalTo("invalid_grant"));
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "refresh_token", "refresh_token", "not-a-jwt"))
                .post(LOGIN).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }
}
