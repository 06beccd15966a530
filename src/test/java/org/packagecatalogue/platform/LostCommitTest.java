package org.packagecatalogue.platform;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Mpaas;
import org.packagecatalogue.support.PgProxy;

/**
 * A commit whose answer is lost: the test's proxy between the service and PostgreSQL lets a create's COMMIT
 * reach the server, then cuts the connection before the answer returns. The service cannot know whether it
 * committed and answers 503; the retry with the same Idempotency-Key answers the committed object (the same
 * body and ETag), and exactly one object exists. In both dialects.
 */
@QuarkusTest
@TestProfile(LostCommitTest.BehindAProxy.class)
class LostCommitTest {

    static final int DB_PORT = 15440;
    static final int PROXY_PORT = 15441;
    static PgProxy proxy;
    static EmbeddedPostgres postgres;

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedPostgres.class));
        }
    }

    public static class ProxiedPostgres implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                postgres = EmbeddedPostgres.builder().setPort(DB_PORT).start();
                proxy = new PgProxy(PROXY_PORT, DB_PORT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + PROXY_PORT + "/postgres",
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        }

        @Override
        public void stop() {
            try {
                proxy.close();
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void billingCreate() throws Exception {
        String token = newDistributor().token();
        String name = "Lost commit " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        proxy.arm(PgProxy.Fault.CUT, name);
        as(token).header("Idempotency-Key", key).body(Map.of("name", name)).post(PACKAGE + "/").then().statusCode(503);
        assertTrue(proxy.awaitCommitted(10), "the COMMIT reached PostgreSQL");
        assertEquals(1, count("select count(*) from package where name = ?", name), "it committed");

        ExtractableResponse<Response> retry = as(token).header("Idempotency-Key", key).body(Map.of("name", name)).post(PACKAGE + "/")
                .then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("results.items[0].name", equalTo(name)).extract();
        long id = retry.jsonPath().getLong("results.items[0].identity");
        assertEquals(1, count("select count(*) from package where name = ?", name), "exactly one package");
        assertEquals(1, count("select count(*) from change_log where object_type = 'package' and object_id = " + id + " and ?::text is not null", name),
                "recorded once");
        as(token).get(PACKAGE + "/" + id).then().statusCode(200).body("instance.name", equalTo(name));
        // and again: the same answer
        as(token).header("Idempotency-Key", key).body(Map.of("name", name)).post(PACKAGE + "/").then().statusCode(200)
                .body("results.items[0].identity", equalTo((int) id));
    }

    @Test
    void billingPatchKeepsItsETag() throws Exception {
        String token = newDistributor().token();
        long id = createPackage(token, "Patched behind a proxy");
        String key = UUID.randomUUID().toString();
        String sku = "LOST-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("packageFrequencies", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 1,
                "frequency", 1, "frequencyTypeId", 1, "sku", sku, "name", "Monthly"))));
        proxy.arm(PgProxy.Fault.CUT, sku);
        as(token).header("Idempotency-Key", key).body(body).patch(PACKAGE + "/" + id).then().statusCode(503);
        assertTrue(proxy.awaitCommitted(10));
        String etag = as(token).get(PACKAGE + "/" + id).then().statusCode(200).extract().header("ETag");
        as(token).header("Idempotency-Key", key).body(body).patch(PACKAGE + "/" + id).then().statusCode(200)
                .header("ETag", equalTo(etag)).header("Idempotent-Replayed", "true")
                .body("results.items[0].instance.sku", equalTo(sku));
        assertEquals(1, count("select count(*) from package_frequency where sku = ?", sku));
    }

    @Test
    void mpaasCreate() throws Exception {
        String token = Mpaas.token(newDistributor(), null);
        String name = "Lost mPaaS commit " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("PackageName", name, "Type", "sip", "Price", 5, "Monthly", true);
        proxy.arm(PgProxy.Fault.CUT, name);
        Mpaas.error(as(token).header("Idempotency-Key", key).body(body).post(Mpaas.PACKAGES).then(), 503, "Service unavailable");
        assertTrue(proxy.awaitCommitted(10));
        String pid = as(token).header("Idempotency-Key", key).body(body).post(Mpaas.PACKAGES).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("PackageName", equalTo(name)).extract().path("PackageId");
        assertEquals(1, count("select count(*) from package where name = ?", name), "exactly one package");
        as(token).queryParam("PackageId", pid).get(Mpaas.PACKAGES).then().statusCode(200).body("PackageName", equalTo(name));
    }

    @Test
    void aRetryOfAWriteThatDidNotCommitRunsIt() {
        String token = newDistributor().token();
        String key = UUID.randomUUID().toString();
        billingError(as(token).header("Idempotency-Key", key).body(Map.of("name", "")).post(PACKAGE + "/").then(), 400, "validation");
        as(token).header("Idempotency-Key", key).body(Map.of("name", "")).post(PACKAGE + "/").then().statusCode(400)
                .header("Idempotent-Replayed", nullValue());
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
