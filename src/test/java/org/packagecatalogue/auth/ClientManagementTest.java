package org.packagecatalogue.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.packagecatalogue.support.Api.*;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;
import org.packagecatalogue.support.LogCapture;
import org.packagecatalogue.support.Mpaas;

/**
 * An owner manages its own API clients through /v1.0/clients: read-only and read-write clients, secrets shown
 * once, rotation with a grace period (3 s in the test profile), revocation honoured by both token endpoints and
 * by the bearer check; never another owner's client, never a secret in a list or the log.
 */
@QuarkusTest
class ClientManagementTest {

    private static final String CLIENTS = "/v1.0/clients";
    private static final List<String> CLIENT_FIELDS = List.of("AccountKey", "Name", "Access", "Created", "Rotated",
            "PreviousSecretValidUntil", "Revoked");

    private static Map<String, Object> create(String token, String name, String access) {
        return as(token).body(Map.of("Name", name, "Access", access)).post(CLIENTS).then().statusCode(200)
                .body("keySet()", contains("AccountKey", "Name", "Access", "Created", "Rotated", "PreviousSecretValidUntil", "Revoked", "Secret"))
                .body("AccountKey", startsWith("CLID-"))
                .body("Name", equalTo(name))
                .body("Access", equalTo(access))
                .body("Rotated", nullValue())
                .extract().jsonPath().getMap("");
    }

    private static int mpaasTokenStatus(String key, String secret) {
        return given().contentType(ContentType.JSON).body(Map.of("AccountKey", key, "AccountSecret", secret))
                .post(Mpaas.TOKENS).then().extract().statusCode();
    }

    private static int billingLoginStatus(String key, String secret) {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", key, "client_secret", secret))
                .post(LOGIN).then().extract().statusCode();
    }

    @Test
    void aReadOnlyClientReadsButCannotWriteOrManageClients() {
        Api.Client owner = newDistributor();
        String token = owner.token();
        Map<String, Object> reporting = create(token, "Reporting", "ReadOnly");
        String readOnly = login((String) reporting.get("AccountKey"), (String) reporting.get("Secret"));
        as(readOnly).get(PACKAGE + "/").then().statusCode(200);
        billingError(as(readOnly).body(Map.of("name", "x")).post(PACKAGE + "/").then(), 403, "forbidden");
        Mpaas.error(as(readOnly).get(CLIENTS).then(), 403, "Forbidden");
        // the mPaaS token endpoint honours it too
        assertEquals(200, mpaasTokenStatus((String) reporting.get("AccountKey"), (String) reporting.get("Secret")));
    }

    @Test
    void theListShowsEveryClientOfTheOwnerAndNoSecret() {
        Api.Client owner = newDistributor();
        String token = owner.token();
        Map<String, Object> writer = create(token, "Back office", "ReadWrite");
        String writerToken = login((String) writer.get("AccountKey"), (String) writer.get("Secret"));
        as(writerToken).body(Map.of("name", "Made by the new client")).post(PACKAGE + "/").then().statusCode(200);
        String listed = as(token).get(CLIENTS).then().statusCode(200)
                .body("keySet()", contains("Clients"))
                .body("Clients.AccountKey", contains(owner.clientId(), writer.get("AccountKey")))
                .body("Clients.Name", contains(null, "Back office"))
                .body("Clients.Access", contains("ReadWrite", "ReadWrite"))
                .body("Clients[1].keySet()", contains(CLIENT_FIELDS.toArray()))
                .extract().asString();
        assertFalse(listed.contains((String) writer.get("Secret")), "no secret in the list");
        assertFalse(listed.contains(owner.secret()), "no secret in the list");
        // another owner sees only its own
        String stranger = newDistributor().token();
        as(stranger).get(CLIENTS).then().statusCode(200).body("Clients", hasSize(1));
        Mpaas.error(as(stranger).body(Map.of("AccountKey", writer.get("AccountKey"))).post(CLIENTS + "/rotate").then(), 404, "Not found");
        Mpaas.error(as(stranger).body(Map.of("AccountKey", writer.get("AccountKey"))).post(CLIENTS + "/revoke").then(), 404, "Not found");
    }

    @Test
    void aRotatedSecretKeepsWorkingForTheGracePeriodThenStops() throws Exception {
        String token = newDistributor().token();
        Map<String, Object> client = create(token, "Rotating", "ReadWrite");
        String key = (String) client.get("AccountKey");
        String oldSecret = (String) client.get("Secret");
        Map<String, Object> rotated = as(token).body(Map.of("AccountKey", key)).post(CLIENTS + "/rotate").then().statusCode(200)
                .body("AccountKey", equalTo(key))
                .body("Rotated", notNullValue())
                .body("PreviousSecretValidUntil", notNullValue())
                .extract().jsonPath().getMap("");
        String newSecret = (String) rotated.get("Secret");
        assertNotEquals(oldSecret, newSecret);
        assertEquals(200, billingLoginStatus(key, oldSecret), "the previous secret works during the grace period");
        assertEquals(200, mpaasTokenStatus(key, oldSecret));
        assertEquals(200, billingLoginStatus(key, newSecret));
        Thread.sleep(3_500);
        assertEquals(401, billingLoginStatus(key, oldSecret), "and stops after it");
        assertEquals(401, mpaasTokenStatus(key, oldSecret));
        assertEquals(200, mpaasTokenStatus(key, newSecret));
        as(token).get(CLIENTS).then().body("Clients[1].PreviousSecretValidUntil", nullValue());
    }

    @Test
    void aRevokedClientGetsNoTokenAndItsTokensAreRefused() {
        Api.Client owner = newDistributor();
        String token = owner.token();
        Map<String, Object> client = create(token, "To revoke", "ReadWrite");
        String key = (String) client.get("AccountKey");
        String secret = (String) client.get("Secret");
        String itsToken = login(key, secret);
        String itsRefreshToken = given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", key, "client_secret", secret))
                .post(LOGIN).then().statusCode(200).extract().path("refresh_token");
        String itsMpaasToken = Mpaas.token(new Api.Client(owner.ownerId(), key, secret), null);
        as(itsToken).get(PACKAGE + "/").then().statusCode(200);

        as(token).body(Map.of("AccountKey", key)).post(CLIENTS + "/revoke").then().statusCode(200)
                .body("keySet()", contains(CLIENT_FIELDS.toArray()))
                .body("AccountKey", equalTo(key))
                .body("Revoked", notNullValue());
        assertEquals(401, billingLoginStatus(key, secret));
        assertEquals(401, mpaasTokenStatus(key, secret));
        given().contentType(ContentType.URLENC).formParams(Map.of("grant_type", "refresh_token", "refresh_token", itsRefreshToken))
                .post(LOGIN).then().statusCode(400).body("error", equalTo("invalid_grant"));
        billingError(as(itsToken).get(PACKAGE + "/").then(), 401, "unauthorized");
        Mpaas.error(as(itsMpaasToken).get(Mpaas.PACKAGES).then(), 401, "Unauthorized");
        // a revoked client stays revoked, and cannot be rotated back to life
        as(token).body(Map.of("AccountKey", key)).post(CLIENTS + "/revoke").then().statusCode(200).body("Revoked", notNullValue());
        Mpaas.error(as(token).body(Map.of("AccountKey", key)).post(CLIENTS + "/rotate").then(), 409, "Conflict");
        // the owner's own client still works, and cannot revoke itself
        Mpaas.error(as(token).body(Map.of("AccountKey", owner.clientId())).post(CLIENTS + "/revoke").then(), 409, "Conflict");
        as(token).get(PACKAGE + "/").then().statusCode(200);
    }

    @Test
    void badRequestsAreRefusedWithEveryProblemNamed() {
        String token = newDistributor().token();
        Mpaas.error(as(token).body(Map.of("Name", "x")).post(CLIENTS).then(), 400, "Bad request")
                .body("Message", equalTo("Bad request: one or more required fields are missing or contain an invalid value. Access is required."));
        Mpaas.error(as(token).body(Map.of("Access", "Admin")).post(CLIENTS).then(), 400, "Bad request")
                .body("Message", equalTo("Bad request: one or more required fields are missing or contain an invalid value. Access must be ReadOnly or ReadWrite."));
        Mpaas.error(as(token).body(Map.of()).post(CLIENTS + "/rotate").then(), 400, "Bad request")
                .body("Message", equalTo("Bad request: one or more required fields are missing or contain an invalid value. AccountKey is required."));
        Mpaas.error(as(token).body(Map.of("AccountKey", "CLID-nothing")).post(CLIENTS + "/revoke").then(), 404, "Not found");
    }

    @Test
    void noSecretReachesTheLog() {
        String token = newDistributor().token();
        try (LogCapture log = LogCapture.start()) {
            Map<String, Object> client = create(token, "Quiet", "ReadWrite");
            String rotated = as(token).body(Map.of("AccountKey", client.get("AccountKey"))).post(CLIENTS + "/rotate")
                    .then().statusCode(200).extract().path("Secret");
            billingLoginStatus((String) client.get("AccountKey"), "wrong-" + rotated);
            for (LogCapture.Line line : log.lines()) {
                assertFalse(line.text().contains((String) client.get("Secret")) || line.text().contains(rotated), line.text());
            }
        }
    }
}
