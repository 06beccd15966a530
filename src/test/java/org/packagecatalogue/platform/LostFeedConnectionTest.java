package org.packagecatalogue.platform;

import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Listening;
import org.packagecatalogue.support.Sql;

/**
 * The listening connection closed under the feed counts as lost at once, not at the next heartbeat: until then the
 * replica would answer from memory while it hears nothing, and a database restarted (or restored) meanwhile would be
 * answered as it was. The heartbeat is put out of reach here, so only the connection's own closing can tell the feed.
 */
@QuarkusTest
@TestProfile(LostFeedConnectionTest.NoHeartbeat.class)
class LostFeedConnectionTest {

    public static class NoHeartbeat implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalogue.cache.heartbeat", "1h");
        }
    }

    @Inject
    ChangeFeed feed;

    @Inject
    AgroalDataSource database;

    @Test
    void aClosedListeningConnectionIsLostAtOnceAndListenedAgain() throws Exception {
        Listening.awaitListening(feed);
        Sql.run(database, "select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?", ChangeFeed.APPLICATION_NAME);
        await("not listening once its connection closed").atMost(Duration.ofMillis(1000))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).until(() -> !feed.listening());
        Listening.awaitListening(feed);
    }
}
