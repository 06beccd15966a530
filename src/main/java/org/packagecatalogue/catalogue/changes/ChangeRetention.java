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
 * {@code catalogue.changes.retention-batch}, each its own short transaction (unset, every entry is kept); and
 * webhook events delivered or given up more than {@code catalogue.webhooks.settled-retention} ago.
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

    @Inject
    org.packagecatalogue.catalogue.webhooks.WebhookRepository webhooks;

    /** Deletes every entry past the retention, and the settled webhook events past theirs; how many entries. */
    public long run() {
        Instant settled = Instant.now().minus(config.webhooks().settledRetention());
        int batch = config.changes().retentionBatch();
        while (QuarkusTransaction.requiringNew().call(() -> webhooks.deleteSettledBefore(settled, batch)) == batch) {
            // the next batch
        }
        if (config.changes().retention().isEmpty()) {
            return 0;
        }
        Duration retention = config.changes().retention().get();
        Instant before = Instant.now().minus(retention);
        long deleted = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(() -> log.deleteOlderThan(before, batch));
            deleted += n;
        } while (n == batch);
        return deleted;
    }
}
