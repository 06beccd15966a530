package org.packagecatalogue.catalogue;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.packagecatalogue.config.CatalogueConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.spi.StatisticsImplementor;

/**
 * Plain-JDBC reads for the hottest queries and for the lists that stream (the {@code *Summaries} classes
 * hold their SQL). Through Hibernate, a statement costs a session, a query object and entities per
 * request. A read inside a transaction uses the transaction's connection, so it sees what the session has
 * flushed; it flushes nothing itself. Failures are converted as Hibernate converts its own, so they map to
 * the same answers (a lost connection is a 503).
 */
@ApplicationScoped
public class PlainReads {

    /** Rows a cursor fetches per round trip: a list holds at most this many at once. */
    static final int FETCH_SIZE = 200;

    public interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    /** Turns for the lists written at once ({@code catalogue.list.max-in-flight}). */
    private final Semaphore listTurns;
    private final long listWaitMillis;

    @Inject
    PlainReads(CatalogueConfig config) {
        this.listTurns = new Semaphore(config.list().maxInFlight(), true);
        this.listWaitMillis = config.list().inFlightWait().toMillis();
    }

    @Inject
    SessionFactory sessionFactory;

    /** All the rows of a short result (a page, one row). */
    public <T> List<T> list(String sql, Parameters parameters, Listing.RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            countStatement();
            parameters.bind(statement);
            List<T> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(mapper.map(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw converted(e, sql);
        }
    }

    /**
     * Runs a list's statement, at most {@code limit} rows, on a connection of its own outside any
     * transaction, and leaves its cursor open for {@link Listing#forEach}. {@code totalWhenFull} counts
     * the rest when the limit cut the list.
     */
    public <T> Listing<T> open(String sql, Parameters parameters, Listing.RowMapper<T> mapper, int limit,
                               LongSupplier totalWhenFull) {
        if (!takeListTurn()) {
            // the pool's own kind of refusal: answered 503 with Retry-After, like a pool without a free connection
            throw converted(new SQLTransientConnectionException("every list's turn is taken: try again shortly"), sql);
        }
        Connection connection = null;
        PreparedStatement statement = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false); // PostgreSQL fetches in batches only inside a transaction
            statement = connection.prepareStatement(sql);
            statement.setFetchSize(FETCH_SIZE);
            countStatement();
            parameters.bind(statement);
            ResultSet rows = statement.executeQuery();
            return new Listing<>(connection, statement, rows, mapper, limit, totalWhenFull, e -> converted(e, sql), listTurns::release);
        } catch (SQLException e) {
            release(connection, statement);
            listTurns.release();
            throw converted(e, sql);
        } catch (RuntimeException e) {
            release(connection, statement);
            listTurns.release();
            throw e;
        }
    }

    private boolean takeListTurn() {
        try {
            return listTurns.tryAcquire(listWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void release(Connection connection, PreparedStatement statement) {
        try (connection; statement) {
            if (connection != null && !connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // the pool validates a connection before it hands it out again
        }
    }

    private RuntimeException converted(Exception e, String sql) {
        SQLException cause = e instanceof SQLException s ? s : e.getCause() instanceof SQLException s ? s : null;
        if (cause == null) {
            return e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        return factory().getJdbcServices().getSqlExceptionHelper().convert(cause, "could not read", sql);
    }

    /** Hibernate's statistics, when enabled (tests), count these statements with its own: one count of all SQL. */
    private void countStatement() {
        StatisticsImplementor statistics = factory().getStatistics();
        if (statistics.isStatisticsEnabled()) {
            statistics.prepareStatement();
        }
    }

    private SessionFactoryImplementor factory() {
        return sessionFactory.unwrap(SessionFactoryImplementor.class);
    }
}
