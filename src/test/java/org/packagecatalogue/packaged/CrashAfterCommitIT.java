package org.packagecatalogue.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.zonky.test.db.postgres.junit5.EmbeddedPostgresExtension;
import io.zonky.test.db.postgres.junit5.SingleInstancePostgresExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.packagecatalogue.support.PgProxy;

/**
 * The process dies between its commit and its answer: the test's proxy lets a create's COMMIT reach
 * PostgreSQL and holds the answer, the test kills the process (SIGKILL) in that window, and a retry with the
 * same Idempotency-Key on a fresh process answers the kept answer; exactly one package exists.
 */
class CrashAfterCommitIT {

    private static final int DB_PORT = 15442;
    private static final int PROXY_PORT = 15443;
    private static final Map<String, String> SETTINGS = Map.of(
            "CATALOGUE_RATE_LIMIT_REQUESTS", "100000",
            "CATALOGUE_RATE_LIMIT_BURST", "100000",
            "QUARKUS_SHUTDOWN_DELAY", "0s");

    @RegisterExtension
    static final SingleInstancePostgresExtension POSTGRES = EmbeddedPostgresExtension.singleInstance()
            .customize(builder -> builder.setPort(DB_PORT));

    @Test
    void aRetryOnAFreshProcessAnswersTheKeptAnswer() throws Exception {
        String name = "Crashed after commit " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        try (PgProxy proxy = new PgProxy(PROXY_PORT, DB_PORT)) {
            PackagedApp first = PackagedApp.on(8096, "crash-it-first.log");
            Process dying = first.launch("jdbc:postgresql://localhost:" + PROXY_PORT + "/postgres", SETTINGS);
            try {
                first.awaitReady(dying);
                String token = first.token();
                proxy.arm(PgProxy.Fault.HOLD, name);
                CompletableFuture<Integer> lost = CompletableFuture.supplyAsync(() -> given().port(first.httpPort).auth().oauth2(token)
                        .contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("name", name))
                        .post("/ResourceServer/api/v10/Package/").then().extract().statusCode());
                assertTrue(proxy.awaitCommitted(30), "the COMMIT reached PostgreSQL");
                dying.destroyForcibly(); // SIGKILL: no answer, no clean-up
                assertTrue(dying.waitFor(20, TimeUnit.SECONDS));
                assertTrue(lost.handle((status, failure) -> failure != null || status >= 500).get(20, TimeUnit.SECONDS),
                        "the first request got no answer");
            } finally {
                dying.destroyForcibly();
            }
        }
        assertEquals(1, packagesNamed(name), "the dead process committed");

        PackagedApp second = PackagedApp.on(8097, "crash-it-second.log");
        Process fresh = second.launch(POSTGRES.getEmbeddedPostgres().getJdbcUrl("postgres", "postgres"), SETTINGS);
        try {
            second.awaitReady(fresh);
            String token = second.token();
            long id = given().port(second.httpPort).auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(Map.of("name", name)).post("/ResourceServer/api/v10/Package/")
                    .then().statusCode(200).header("Idempotent-Replayed", "true").body("results.items[0].name", equalTo(name))
                    .extract().jsonPath().getLong("results.items[0].identity");
            assertEquals(1, packagesNamed(name), "exactly one package");
            given().port(second.httpPort).auth().oauth2(token).get("/ResourceServer/api/v10/Package/" + id).then().statusCode(200)
                    .body("instance.name", equalTo(name));
        } finally {
            fresh.destroy();
            fresh.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static long packagesNamed(String name) throws Exception {
        try (Connection c = POSTGRES.getEmbeddedPostgres().getPostgresDatabase().getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from package where name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
