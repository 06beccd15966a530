package org.packagecatalogue.platform;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.packagecatalogue.catalogue.DatabaseFailure;

/**
 * After a restart or a switchover every pooled connection is dead, and the pool does not know it for
 * PostgreSQL (Agroal has no exception sorter configured for it). Once a request has met a lost
 * connection, the pool is told to check its idle connections and drop the dead ones, so the next
 * requests get fresh ones instead of failing one by one. One check at a time, off the request's thread.
 */
@ApplicationScoped
public class PoolRecovery {

    private static final Logger LOG = Logger.getLogger(PoolRecovery.class);

    @Inject
    AgroalDataSource dataSource;

    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * Makes sure the next connection this thread takes from the pool works: takes connections and runs
     * a trivial statement on each until one answers. A dead one fails at once (its socket is closed), and
     * the pool destroys a connection that failed with a connection exception (class 08), which a
     * terminated session gives from its second use on: hence up to two tries per pooled connection. The
     * pool keeps the working one for this thread, so the caller's next statement runs on it. Gives up
     * when no connection can be had at all (the database is down): the caller then answers 503.
     */
    public boolean freshConnectionForThisThread() {
        long deadline = System.nanoTime() + PROBE_BUDGET.toNanos();
        int maxPoolSize = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
        for (int attempt = 0; attempt < 2 * maxPoolSize + 2 && System.nanoTime() < deadline; attempt++) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("select 1");
                return true;
            } catch (SQLException e) {
                if (DatabaseFailure.of(e) != DatabaseFailure.UNAVAILABLE || e instanceof SQLTransientConnectionException) {
                    return false;
                }
            }
        }
        return false;
    }

    private static final java.time.Duration PROBE_BUDGET = java.time.Duration.ofSeconds(2);

    /** Drops the pool's dead idle connections, unless a check is already under way. */
    public void dropDeadConnections() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture.runAsync(() -> {
            try {
                dataSource.flush(AgroalDataSource.FlushMode.INVALID);
            } catch (RuntimeException e) {
                LOG.debugf("checking the pool's connections failed: %s", e.toString());
            } finally {
                running.set(false);
            }
        });
    }
}
