package org.packagecatalogue.catalogue;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.sql.SQLTransientConnectionException;

/**
 * What a failure of the database means for a request, decided in this one place by SQLSTATE, the
 * error code PostgreSQL sends (https://www.postgresql.org/docs/current/errcodes-appendix.html), never
 * by message text; the pool's own stateless failures are told by the class that threw them. Hibernate,
 * the JDBC driver, the pool and the transaction manager wrap the driver's {@link SQLException}; the first state found down the causes (breadth first, suppressed
 * exceptions included) decides.
 */
public enum DatabaseFailure {

    /**
     * No usable connection: the server is shutting down or restarting (57P01 admin shutdown, 57P02
     * crash shutdown, 57P03 cannot connect now), failing over, unreachable (class 08, connection
     * exceptions, which also covers an I/O error on a pooled connection: 08006), or full (53300). The
     * request may be retried once the database is back.
     */
    UNAVAILABLE,
    /** The transaction lost a race with another (40001 serialization failure, 40P01 deadlock): running it again is safe. */
    RACE,
    /** The statement ran past statement_timeout (57014). */
    TIMEOUT,
    /** A constraint caught what the core's checks could not (class 23), e.g. two writers at once. */
    CONSTRAINT,
    /** Anything else: a fault of ours. */
    OTHER;

    public static DatabaseFailure of(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return ofSqlState(sql.getSQLState());
            }
        }
        for (Throwable t : chain) {
            // the pool's own "no connection within the acquisition timeout" carries no state: JDBC's class for it
            // says it, or (Agroal's plain SQLException) where it was thrown
            if (t instanceof SQLTransientConnectionException || t instanceof SQLException && thrownByThePool(t)) {
                return UNAVAILABLE;
            }
        }
        return OTHER;
    }

    private static boolean thrownByThePool(Throwable t) {
        StackTraceElement[] stack = t.getStackTrace();
        return stack.length > 0 && stack[0].getClassName().startsWith("io.agroal.pool.");
    }

    /**
     * The failure, its causes, and what each suppressed: a commit that fails comes back as the
     * transaction manager's own exception, with the driver's only among the suppressed ones.
     */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Deque<Throwable> next = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            next.add(failure);
        }
        while (!next.isEmpty() && chain.size() < 64) {
            Throwable t = next.removeFirst();
            if (!seen.add(t)) {
                continue;
            }
            chain.add(t);
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            next.addAll(List.of(t.getSuppressed()));
        }
        return chain;
    }

    public static DatabaseFailure ofSqlState(String state) {
        if (state == null) {
            return OTHER;
        }
        if (state.startsWith("08")) {
            return UNAVAILABLE;
        }
        return switch (state) {
            case "57P01", "57P02", "57P03", "53300" -> UNAVAILABLE;
            case "40001", "40P01" -> RACE;
            case "57014" -> TIMEOUT;
            default -> state.startsWith("23") ? CONSTRAINT : OTHER;
        };
    }
}
