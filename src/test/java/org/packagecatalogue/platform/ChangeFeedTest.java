package org.packagecatalogue.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Listening;

/** The change feed's own locking, on its real LISTEN connection to the test's PostgreSQL. */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    ChangeFeed feed;

    /**
     * The Vert.x subscriber holds its own lock while it calls the feed back (its close handler runs inside it, on the
     * connection's event loop, and takes the feed's lock). So the heartbeat, on another event loop, must never wait for
     * the subscriber while it holds the feed's lock: the two would wait for each other for good, and with them every
     * request on those event loops.
     */
    @Test
    void theHeartbeatNeverWaitsForTheSubscriberWhileHoldingTheFeed() throws Exception {
        Listening.awaitListening(feed);
        ChangeFeed real = ClientProxy.unwrap(feed);
        PgSubscriber subscriber = real.subscriber();
        ExecutorService callbacks = Executors.newSingleThreadExecutor();
        try {
            Future<Thread> closeHandler = callbacks.submit(() -> {
                synchronized (subscriber) { // as the subscriber holds it while it calls its close handler
                    Thread heartbeat = new Thread(real::prove, "heartbeat");
                    heartbeat.start();
                    await("the heartbeat waits for the subscriber, or is done").atMost(Duration.ofSeconds(5))
                            .pollInterval(Duration.ofMillis(5))
                            .until(() -> heartbeat.getState() == Thread.State.BLOCKED || !heartbeat.isAlive());
                    synchronized (real) { // what the close handler does next
                        return heartbeat;
                    }
                }
            });
            Thread heartbeat = closeHandler.get(5, TimeUnit.SECONDS);
            heartbeat.join(5_000);
            assertFalse(heartbeat.isAlive(), "the heartbeat finished once the subscriber was free");
            assertTrue(feed.listening(), "the feed still listens");
        } finally {
            callbacks.shutdownNow();
        }
    }
}
