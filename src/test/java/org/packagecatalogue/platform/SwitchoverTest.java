package org.packagecatalogue.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * A switchover under load: a primary and its streaming standby; the old primary is stopped (fast) and
 * the standby promoted, as CloudNativePG or an operator does. The service, given the multi-host URL
 * with targetServerType=primary, follows the new primary with no restart and no config change, and its
 * clients see what {@link MixedLoad} checks.
 *
 * <p>The order matters and is the switchover's own: a fast shutdown sends the standby all the WAL
 * before the primary stops, so every commit the service acknowledged is on the new primary. Promoting
 * first (while the old primary still takes writes) loses the commits the standby had not yet received:
 * this test, written that way at first, found acknowledged creates missing afterwards.
 */
@QuarkusTest
@TestProfile(SwitchoverTest.OnAPrimaryAndAStandby.class)
@EnabledIf(value = "org.packagecatalogue.platform.StandbyPair#available", disabledReason = "needs root and Debian's PostgreSQL 15")
class SwitchoverTest {

    public static class OnAPrimaryAndAStandby implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StandbyPair.class));
        }
    }

    @Test
    void aSwitchoverUnderLoadIsNever500() throws Exception {
        MixedLoad load = new MixedLoad();
        Thread.sleep(1_500);
        StandbyPair.stopPrimary();
        StandbyPair.promoteStandby();
        Thread.sleep(3_000);
        load.stopAndCheck();
    }
}
