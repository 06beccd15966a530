package org.packagecatalogue.packaged;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.restassured.http.ContentType;
import io.zonky.test.db.postgres.junit5.EmbeddedPostgresExtension;
import io.zonky.test.db.postgres.junit5.SingleInstancePostgresExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.packagecatalogue.support.TestCredentials;

/**
 * Two replicas of the packaged application on one database: a client revoked through one is refused by the
 * other too, on a token the other had already verified and remembers, within the other's
 * catalogue.clients.revocation-refresh (1 s here) and the next request.
 */
class RevocationAcrossReplicasIT {

    private static final int DB_PORT = 15438;
    private static final String JDBC_URL = "jdbc:postgresql://localhost:" + DB_PORT + "/postgres";
    private static final Map<String, String> SETTINGS = Map.of(
            "CATALOGUE_CLIENTS_REVOCATION_REFRESH", "PT1S",
            "CATALOGUE_RATE_LIMIT_REQUESTS", "100000",
            "CATALOGUE_RATE_LIMIT_BURST", "100000",
            "QUARKUS_SHUTDOWN_DELAY", "0s");

    @RegisterExtension
    static final SingleInstancePostgresExtension POSTGRES = EmbeddedPostgresExtension.singleInstance()
            .customize(builder -> builder.setPort(DB_PORT));

    private static String mpaasToken(int port, String key, String secret) {
        return given().port(port).contentType(ContentType.JSON).body(Map.of("AccountKey", key, "AccountSecret", secret))
                .post("/v1.0/oauth2/tokens").then().statusCode(200).extract().path("token");
    }

    private static int packagesStatus(int port, String token) {
        return given().port(port).auth().oauth2(token).get("/v1.0/packages").then().extract().statusCode();
    }

    @Test
    void aClientRevokedOnOneReplicaIsRefusedByTheOther() throws Exception {
        PackagedApp first = PackagedApp.on(8098, "revocation-it-first.log");
        PackagedApp second = PackagedApp.on(8099, "revocation-it-second.log");
        Process one = first.launch(JDBC_URL, SETTINGS);
        Process two = null;
        try {
            first.awaitReady(one);
            two = second.launch(JDBC_URL, SETTINGS);
            second.awaitReady(two);

            String aggregator = mpaasToken(first.httpPort, TestCredentials.AGGREGATOR_KEY, TestCredentials.AGGREGATOR_SECRET);
            Map<String, Object> distributor = given().port(first.httpPort).auth().oauth2(aggregator).contentType(ContentType.JSON)
                    .body(Map.of("DistributorName", "Two replicas")).post("/v1.0/distributor/create")
                    .then().statusCode(200).extract().jsonPath().getMap("");
            String owner = mpaasToken(first.httpPort, (String) distributor.get("AccountKey"), (String) distributor.get("Secret"));
            Map<String, Object> client = given().port(first.httpPort).auth().oauth2(owner).contentType(ContentType.JSON)
                    .body(Map.of("Name", "Soon revoked", "Access", "ReadOnly")).post("/v1.0/clients")
                    .then().statusCode(200).extract().jsonPath().getMap("");
            String key = (String) client.get("AccountKey");
            String token = mpaasToken(second.httpPort, key, (String) client.get("Secret"));
            assertEquals(200, packagesStatus(second.httpPort, token), "the second replica verifies and remembers the token");

            given().port(first.httpPort).auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("AccountKey", key))
                    .post("/v1.0/clients/revoke").then().statusCode(200);
            assertEquals(401, packagesStatus(first.httpPort, token), "the revoking replica refuses it at once");

            long revoked = System.nanoTime();
            int status = packagesStatus(second.httpPort, token);
            while (status == 200 && System.nanoTime() - revoked < Duration.ofSeconds(10).toNanos()) {
                Thread.sleep(100);
                status = packagesStatus(second.httpPort, token);
            }
            assertEquals(401, status, "the other replica refuses it too");
            assertTrue(Duration.ofNanos(System.nanoTime() - revoked).compareTo(Duration.ofSeconds(4)) < 0,
                    "within the refresh interval and a request, not later");
        } finally {
            one.destroy();
            if (two != null) {
                two.destroy();
            }
            one.waitFor();
            if (two != null) {
                two.waitFor();
            }
        }
    }
}
