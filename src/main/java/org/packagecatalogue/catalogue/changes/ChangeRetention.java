package org.packagecatalogue.catalogue.changes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.packagecatalogue.config.CatalogueConfig;

/**
 * Deletes change-log entries older than {@code catalogue.changes.retention}, in batches of
 * {@code catalogue.changes.retention-batch}, each its own short transaction. Unset, everything is kept and
 * the job does nothing.
 */
@ApplicationScoped
public class ChangeRetention {

    private static final Logger LOG = Logger.getLogger(ChangeRetention.class);

    @Inject
    ChangeLogRepository log;

    @Inject
    CatalogueConfig config;

    @Scheduled(every = "${catalogue.changes.retention-every:1h}", delayed = "${catalogue.changes.retention-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            run();
        } catch (RuntimeException e) {
            // a database outage: the next run catches up
            LOG.warnf("change-log retention did not run: %s", e.getClass().getSimpleName());
        }
    }

    /** Deletes every entry past the retention; how many. */
    public long run() {
        if (config.changes().retention().isEmpty()) {
            return 0;
        }
        Duration retention = config.changes().retention().get();
        Instant before = Instant.now().minus(retention);
        int batch = config.changes().retentionBatch();
        long deleted = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(() -> log.deleteOlderThan(before, batch));
            deleted += n;
        } while (n == batch);
        return deleted;
    }
}
