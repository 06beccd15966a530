package org.packagecatalogue.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;

/** Locks a test holds in PostgreSQL, and the requests that wait there on them. */
public final class Locks {

    private Locks() {
    }

    /** Runs this locking statement in a transaction of its own on {@code lock}, held until the test ends it. */
    public static void hold(Connection lock, String statement, Object... values) throws java.sql.SQLException {
        lock.setAutoCommit(false);
        try (PreparedStatement s = lock.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.execute();
        }
    }

    /** Until at least {@code count} sessions of this database wait on a lock (at most 10 s). */
    public static void awaitWaiters(DataSource database, int count) throws Exception {
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
