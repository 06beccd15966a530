package org.packagecatalogue.platform;

import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;
import org.packagecatalogue.support.Mpaas;

/**
 * What a planned restart or a switchover does to the pool: PostgreSQL ends every open session with
 * SQLSTATE 57P01 ("terminating connection due to administrator command"). Played here by ending the
 * service's sessions with pg_terminate_backend, the same message a fast shutdown sends. Whatever the
 * dialect: never a 500; a read is retried on a fresh connection and succeeds; a write that fails is a
 * 503 in the dialect's shape with Retry-After (never re-sent by the service); every acknowledged
 * create exists; and the service serves again by itself.
 */
@QuarkusTest
@TestProfile(LostConnectionsTest.BusyPool.class)
class LostConnectionsTest {

    /** As under load: no pooled connection sits idle long enough to be validated before it is handed out. */
    public static class BusyPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.foreground-validation-interval", "1H",
                    "quarkus.datasource.jdbc.background-validation-interval", "1H");
        }
    }

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    /** Ends the service's sessions from a connection of the test's own, outside the service's pool. */
    private int endOtherSessions() throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement();
             ResultSet ended = statement.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                     + " where pid <> pg_backend_pid() and datname = current_database() and backend_type = 'client backend'")) {
            ended.next();
            return ended.getInt(1);
        }
    }

    @Test
    void sessionsEndedUnderTheServiceAreNever500() throws Exception {
        Api.Client distributor = newDistributor();
        String billing = distributor.token();
        String mpaas = Mpaas.token(distributor, null);
        long known = createPackage(billing, "Known");
        String knownPid = Mpaas.createPackage(mpaas, "Known too", 1, true);
        List<Long> acknowledged = new ArrayList<>();
        int unavailable = 0;
        for (int round = 0; round < 3; round++) {
            Assertions.assertTrue(endOtherSessions() > 0, "the pool had sessions to lose");
            for (int i = 0; i < 6; i++) {
                List<Response> answers = new ArrayList<>();
                answers.add(as(billing).body(Map.of("name", "Round " + round + "." + i)).post(PACKAGE + "/"));
                if (i == 0) {
                    // every pooled connection is dead and none is checked before use: the write meets one
                    Assertions.assertEquals(503, answers.get(0).statusCode(), "the first write after the sessions ended");
                }
                answers.add(as(billing).get(PACKAGE + "/" + known));
                answers.add(as(mpaas).body(Map.of("PackageName", "Round " + round + "." + i, "Type", "sip", "Price", 1, "Monthly", true))
                        .post(Mpaas.PACKAGES));
                answers.add(as(mpaas).queryParam("PackageId", knownPid).get(Mpaas.PACKAGES));
                for (int k = 0; k < answers.size(); k++) {
                    Response answer = answers.get(k);
                    boolean billingDialect = k < 2;
                    boolean read = k % 2 == 1;
                    if (read) {
                        // a read is run again on a fresh connection: the client never notices
                        Assertions.assertEquals(200, answer.statusCode(), "read " + k + " answered " + answer.asString());
                    } else if (answer.statusCode() == 503) {
                        unavailable++;
                        Assertions.assertEquals("2", answer.header("Retry-After"));
                        if (billingDialect) {
                            billingError(answer.then(), 503, "serviceUnavailable");
                        } else {
                            Mpaas.error(answer.then(), 503, "Service unavailable");
                        }
                    } else {
                        Assertions.assertEquals(200, answer.statusCode(), "request " + k + " answered " + answer.asString());
                        if (k == 0) {
                            acknowledged.add(answer.jsonPath().getLong("results.items[0].identity"));
                        }
                    }
                }
            }
        }
        Assertions.assertTrue(unavailable > 0, "the lost sessions were noticed by the writes");
        as(billing).get(PACKAGE + "/" + known).then().statusCode(200);
        for (long id : acknowledged) {
            as(billing).get(PACKAGE + "/" + id).then().statusCode(200);
        }
    }
}
