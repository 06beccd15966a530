package org.packagecatalogue.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.packagecatalogue.platform.ChangeFeed;

/** Waits until the replica listens to the change log: before that, it remembers nothing, which a cache test would miss. */
public final class Listening {

    private Listening() {
    }

    public static void awaitListening(ChangeFeed feed) {
        await("the replica listens to the change log").atMost(Duration.ofMillis(10_000))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).until(feed::listening);
    }
}
