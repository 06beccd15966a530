package org.packagecatalogue.packaged;

import static org.junit.jupiter.api.Assertions.*;

import io.zonky.test.db.postgres.junit5.EmbeddedPostgresExtension;
import io.zonky.test.db.postgres.junit5.SingleInstancePostgresExtension;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A packaged application that runs out of memory ends itself with status 3, so that Kubernetes starts a fresh one,
 * instead of answering 500s ("unexpected failure") and then hanging in its shutdown, as it did. 128 clients of the
 * 1,000-package mPaaS list, all let in at once, on a heap far too small to hold their answers, run it out.
 */
class OutOfMemoryExitIT {

    private static final int DB_PORT = 15449;
    private static final int HTTP_PORT = 8103;
    private static final PackagedApp APP = PackagedApp.on(HTTP_PORT, "out-of-memory-exit-it.log");
    /** What the runtime's own exit, or FatalErrors', writes as its last word. */
    private static final Pattern LAST_WORD = Pattern.compile("(?m)^Terminating due to (a fatal error: )?java\\.lang\\.OutOfMemoryError");

    @RegisterExtension
    static final SingleInstancePostgresExtension POSTGRES = EmbeddedPostgresExtension.singleInstance()
            .customize(builder -> builder.setPort(DB_PORT));

    @Test
    void runningOutOfHeapEndsTheProcess() throws Exception {
        // enough to start and to serve one list; far from enough for 128 at once, which the bounds that keep lists
        // within a heap (their turns, the worker threads) are lifted to allow. Nothing is kept: a kept list is answered
        // from bytes outside the heap, and only the first asks, before one is kept, would press it.
        String heap = PackagedApp.isNative() ? "24m" : "40m";
        Process app = APP.launch("jdbc:postgresql://localhost:" + DB_PORT + "/postgres", Map.of("CATALOGUE_RATE_LIMIT_ENABLED", "false",
                "CATALOGUE_LIST_MAX_IN_FLIGHT", "128", "QUARKUS_THREAD_POOL_MAX_THREADS", "200", "CATALOGUE_CACHE_ENABLED", "false"), heap);
        try {
            APP.awaitReady(app);
            try (Connection connection = POSTGRES.getEmbeddedPostgres().getPostgresDatabase().getConnection()) {
                Load.packages(connection, 1000);
            }
            String token = APP.token();
            assertEquals(200, APP.status("/q/health/live"));
            Load load = new Load(HTTP_PORT, 128, client -> new Load.Request("GET", "/v1.0/packages", null, token));
            boolean ended;
            try {
                ended = app.waitFor(90, TimeUnit.SECONDS);
            } finally {
                load.close();
            }
            assertTrue(ended, "the process went on after 90 s of 128 lists at -Xmx" + heap + "; answers " + load.statuses() + "; see " + APP.log);
            assertEquals(3, app.exitValue(), "see " + APP.log);
            assertTrue(LAST_WORD.matcher(APP.logText()).find(), "its last word names the error; see " + APP.log);
            assertEquals(0, load.count(List.of(500)), "no answer was a 500: " + load.statuses());
        } finally {
            app.destroyForcibly();
        }
    }
}
