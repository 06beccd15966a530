package org.packagecatalogue.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Three restarts of PostgreSQL (pg_ctl stop -m fast, then start: what a rolling upgrade does) while
 * four clients read and create in both dialects ({@link MixedLoad}: never a 500, failures are 503s
 * with Retry-After in the dialect's shape, acknowledged creates are kept, the service recovers alone).
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OnAControllableDatabase.class)
class FastRestartsTest {

    @Test
    void threeFastRestartsUnderLoadAreNever500() throws Exception {
        MixedLoad load = new MixedLoad();
        for (int restart = 0; restart < 3; restart++) {
            Thread.sleep(1_000);
            ControllablePostgres.stopServer();
            // down long enough that the read retries cannot hide it: the test must see the outages it checks
            Thread.sleep(1_500);
            ControllablePostgres.startServer();
        }
        Thread.sleep(2_000);
        Assertions.assertTrue(load.stopAndCheck() > 0, "the restarts were noticed");
    }
}
