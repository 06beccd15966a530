package org.packagecatalogue.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A statement run behind the service's back, on a connection of its own: what a test changes without announcing it. */
public final class Sql {

    private Sql() {
    }

    public static void run(DataSource database, String statement, Object... values) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.execute();
        }
    }
}
