package org.packagecatalogue.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;

/** Waits for requests to reach PostgreSQL and wait there on a lock the test holds. */
public final class LockWaiters {

    private LockWaiters() {
    }

    /** Until at least {@code count} sessions of this database wait on a lock (at most 10 s). */
    public static void await(DataSource database, int count) throws Exception {
        try (Connection watcher = database.getConnection();
             PreparedStatement waiting = watcher.prepareStatement(
                     "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")) {
            for (int i = 0; i < 500; i++) {
                try (ResultSet rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) >= count) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError(count + " requests never waited on the test's lock");
    }
}
