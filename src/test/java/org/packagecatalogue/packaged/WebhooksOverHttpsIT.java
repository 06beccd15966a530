package org.packagecatalogue.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.junit5.EmbeddedPostgresExtension;
import io.zonky.test.db.postgres.junit5.SingleInstancePostgresExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.packagecatalogue.support.Receiver;
import org.packagecatalogue.support.TestCredentials;
import org.packagecatalogue.support.TestTls;

/**
 * Webhooks as production sends them, from the packaged application (JVM and native): over HTTPS only, plain http
 * refused. A receiver whose certificate the service trusts gets the event, signed; one whose certificate it does not
 * trust gets nothing (its TLS handshake fails before any byte of the event is sent), and its delivery records why; so
 * does one whose trusted certificate names another host.
 * The service is told what to trust as an operator would: {@code javax.net.ssl.trustStore}.
 */
class WebhooksOverHttpsIT {

    private static final int DB_PORT = 15449;
    private static final String JDBC_URL = "jdbc:postgresql://localhost:" + DB_PORT + "/postgres";
    private static final String WEBHOOKS = "/v1.0/webhooks";
    private static final PackagedApp APP = PackagedApp.on(8103, "webhooks-https-it.log");
    private static final Map<String, String> SETTINGS = Map.of(
            "CATALOGUE_RATE_LIMIT_REQUESTS", "100000",
            "CATALOGUE_RATE_LIMIT_BURST", "100000",
            "QUARKUS_SHUTDOWN_DELAY", "0s",
            "CATALOGUE_WEBHOOKS_ALLOWED_HOSTS", "localhost",
            "CATALOGUE_WEBHOOKS_POLL_INTERVAL", "200ms",
            "CATALOGUE_WEBHOOKS_FIRST_RETRY", "300ms");

    @RegisterExtension
    static final SingleInstancePostgresExtension POSTGRES = EmbeddedPostgresExtension.singleInstance()
            .customize(builder -> builder.setPort(DB_PORT));

    @Test
    void aTrustedReceiverGetsTheEventSignedAndAnUntrustedOneNothing() throws Exception {
        Path directory = Path.of("target", "webhook-tls");
        TestTls.Identity trusted = TestTls.identity(directory, "trusted-receiver");
        TestTls.Identity stranger = TestTls.identity(directory, "untrusted-receiver");
        TestTls.Identity elsewhere = TestTls.identity(directory, "receiver-of-another-host", "SAN=dns:elsewhere.example");
        Path trustStore = TestTls.trustStore(directory, List.of(trusted, elsewhere));
        try (Receiver good = Receiver.https(trusted); Receiver bad = Receiver.https(stranger);
             Receiver misnamed = Receiver.https(elsewhere)) {
            Process app = APP.launch(JDBC_URL, SETTINGS, null, TestTls.trusting(trustStore));
            try {
                APP.awaitReady(app);
                String token = given().port(APP.httpPort).contentType(ContentType.JSON)
                        .body(Map.of("AccountKey", TestCredentials.AGGREGATOR_KEY, "AccountSecret", TestCredentials.AGGREGATOR_SECRET))
                        .post("/v1.0/oauth2/tokens").then().statusCode(200).extract().path("token");
                given().port(APP.httpPort).auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("Url", "http://localhost:" + good.port() + "/hook", "EventTypes", List.of("*"))).post(WEBHOOKS)
                        .then().statusCode(400).body("Message", equalTo("Bad request: one or more required fields are missing or contain an invalid value. Url must be an https URL."));
                JsonPath goodEndpoint = register(token, good.url());
                String badId = register(token, bad.url()).getString("WebhookId");
                String misnamedId = register(token, misnamed.url()).getString("WebhookId");

                String pid = given().port(APP.httpPort).auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("PackageName", "Sent over TLS", "Type", "sip", "Price", 5, "Monthly", true)).post("/v1.0/packages")
                        .then().statusCode(200).extract().path("PackageId");

                assertTrue(Receiver.await(() -> !good.received().isEmpty(), 30), "the trusted receiver got the event");
                Receiver.Received event = good.received().get(0);
                new Webhook(goodEndpoint.getString("Secret")).verify(event.body(), event.headers());
                assertEquals(pid, JsonPath.from(event.body()).getString("subject"));

                assertTrue(Receiver.await(() -> lastError(token, badId) != null, 30), "the untrusted receiver's delivery failed");
                given().port(APP.httpPort).auth().oauth2(token).queryParam("WebhookId", badId).get(WEBHOOKS + "/deliveries").then()
                        .statusCode(200)
                        .body("Deliveries[0].Status", equalTo("pending"))
                        .body("Deliveries[0].LastStatusCode", nullValue())
                        .body("Deliveries[0].LastError", equalTo("TLS failed: the receiver's certificate is not trusted"));
                assertEquals(List.of(), bad.received(), "no event reached a receiver the service does not trust");

                assertTrue(Receiver.await(() -> lastError(token, misnamedId) != null, 30), "the misnamed receiver's delivery failed");
                assertEquals("TLS failed: No subject alternative DNS name matching localhost found.", lastError(token, misnamedId));
                assertEquals(List.of(), misnamed.received(), "no event reached a receiver whose certificate names another host");
            } finally {
                app.destroy();
                app.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private static JsonPath register(String token, String url) {
        return given().port(APP.httpPort).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("Url", url, "EventTypes", List.of("package.created"))).post(WEBHOOKS)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String lastError(String token, String webhookId) {
        return given().port(APP.httpPort).auth().oauth2(token).queryParam("WebhookId", webhookId).get(WEBHOOKS + "/deliveries")
                .then().statusCode(200).extract().path("Deliveries[0].LastError");
    }
}
