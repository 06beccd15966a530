package org.packagecatalogue.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Three restarts of PostgreSQL (pg_ctl stop -m fast, then start: what a rolling upgrade does) while
 * four clients read and create in both dialects ({@link MixedLoad}: never a 500, failures are 503s
 * with Retry-After in the dialect's shape, acknowledged creates are kept, the service recovers alone).
 * The service may ride out a restart without any client seeing it (the read retries and the pool's wait
 * cover a short one), so what shows the restarts happened is PostgreSQL's own start time, not failures.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OnAControllableDatabase.class)
class FastRestartsTest {

    @Test
    void threeFastRestartsUnderLoadAreNever500() throws Exception {
        MixedLoad load = new MixedLoad();
        java.util.Set<String> starts = new java.util.HashSet<>(java.util.List.of(postmasterStart()));
        for (int restart = 0; restart < 3; restart++) {
            Thread.sleep(1_000);
            ControllablePostgres.stopServer();
            Thread.sleep(500);
            ControllablePostgres.startServer();
            starts.add(postmasterStart());
        }
        Thread.sleep(2_000);
        load.stopAndCheck();
        Assertions.assertEquals(4, starts.size(), "PostgreSQL started anew three times: " + starts);
    }

    private static String postmasterStart() throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + ControllablePostgres.PORT + "/postgres", "postgres", "postgres");
             java.sql.ResultSet r = c.createStatement().executeQuery("select pg_postmaster_start_time()::text")) {
            r.next();
            return r.getString(1);
        }
    }
}
