package org.packagecatalogue.mpaas;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;
import static org.packagecatalogue.support.Mpaas.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;

@QuarkusTest
class MpaasTokenTest {

    @Test
    void tokenAnswersTheDocumentedShapeOnBothSpellings() {
        Api.Client distributor = newDistributor();
        for (String path : new String[] {"/v1.0/oauth2/tokens", "/v1.0/OAuth2/tokens"}) {
            String expiry = given().contentType(ContentType.JSON)
                    .body(Map.of("AccountKey", distributor.clientId(), "AccountSecret", distributor.secret(), "ApiEndpoint", "/v1.0/packages"))
                    .post(path).then()
                    .statusCode(200)
                    .body("keySet()", containsInAnyOrder("token", "successful", "tokenExpiry", "apiEndpoint"))
                    .body("token", matchesPattern("[\\w-]+\\.[\\w-]+\\.[\\w-]+"))
                    .body("successful", equalTo(true))
                    .body("apiEndpoint", equalTo("/v1.0/packages"))
                    .body("tokenExpiry", matchesPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2} (AM|PM)"))
                    .extract().path("tokenExpiry");
            LocalDateTime at = LocalDateTime.parse(expiry, DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US));
            long minutes = java.time.Duration.between(java.time.Instant.now(), at.toInstant(ZoneOffset.UTC)).toMinutes();
            Assertions.assertTrue(minutes >= 28 && minutes <= 30, "expires in about 30 minutes (UTC), was " + minutes);
        }
    }

    @Test
    void wrongKeyOrSecretIsThe401OfTheSeed() {
        Api.Client distributor = newDistributor();
        error(given().contentType(ContentType.JSON).body(Map.of("AccountKey", distributor.clientId(), "AccountSecret", "nope"))
                .post(TOKENS).then(), 401, "Unauthorized: Bearer token is missing, expired, or invalid.");
        error(given().contentType(ContentType.JSON).body(Map.of("AccountKey", "DID-00000000-0000-0000-0000-000000000009", "AccountSecret", "nope"))
                .post(TOKENS).then(), 401, "Unauthorized");
        error(given().contentType(ContentType.JSON).body(Map.of("AccountKey", distributor.clientId()))
                .post(TOKENS).then(), 400, "Bad request");
    }

    @Test
    void aScopedTokenIsGoodOnItsEndpointOnly() {
        Api.Client distributor = newDistributor();
        String general = token(distributor, null);
        String id = createPackage(general, "Scoped", 10, true);
        String scoped = token(distributor, "/v1.0/packages/update");
        as(scoped).body(Map.of("PackageId", id, "PackageName", "Renamed")).post(PACKAGES + "/update").then()
                .statusCode(200).body("PackageName", equalTo("Renamed"));
        error(as(scoped).queryParam("PackageId", id).get(PACKAGES).then(), 401, "Unauthorized");
        error(as(scoped).body(Map.of("DistributorName", "x")).post("/v1.0/distributor/create").then(), 401, "Unauthorized");
        billingError(as(scoped).get(PACKAGE + "/").then(), 401, "unauthorized");
        // the scope is compared without the version prefix or letter case
        String lax = token(distributor, "Packages");
        as(lax).queryParam("PackageId", id).get(PACKAGES).then().statusCode(200);
        // an unscoped token works everywhere, including the billing dialect
        as(general).get(PACKAGE + "/").then().statusCode(200);
    }

    @Test
    void anAggregatorMayTradeItsAgidKey() {
        Api.Client aggregator = aggregator();
        as(token(aggregator, null)).body(Map.of("DistributorName", "Via mPaaS token")).post("/v1.0/distributor/create").then()
                .statusCode(200).body("DistributorId", startsWith("DID-"));
    }
}
