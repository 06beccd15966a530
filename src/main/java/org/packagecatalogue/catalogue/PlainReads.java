package org.packagecatalogue.catalogue;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.packagecatalogue.config.CatalogueConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.spi.StatisticsImplementor;

/**
 * Plain-JDBC reads for the hottest queries and for the unpaged lists (the {@code *Summaries} classes
 * hold their SQL). Through Hibernate, a statement costs a session, a query object and entities per
 * request. A read inside a transaction uses the transaction's connection, so it sees what the session has
 * flushed; it flushes nothing itself. Failures are converted as Hibernate converts its own, so they map to
 * the same answers (a lost connection is a 503).
 */
@ApplicationScoped
public class PlainReads {

    public interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    /** Turns for the lists written at once ({@code catalogue.list.max-in-flight}). */
    private final Turns listTurns;

    @Inject
    PlainReads(CatalogueConfig config) {
        this.listTurns = new Turns(config.list().maxInFlight(), config.list().inFlightWait(), "every list's turn is taken: try again shortly");
    }

    @Inject
    SessionFactory sessionFactory;

    public interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** All the rows of a short result (a page, one row). */
    public <T> List<T> list(String sql, Parameters parameters, Listing.RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        each(sql, parameters, row -> rows.add(mapper.map(row)));
        return rows;
    }

    /** Each row of a short result, in order, for a reader that makes something of several rows together. */
    public void each(String sql, Parameters parameters, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            countStatement();
            parameters.bind(statement);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    reader.read(row);
                }
            }
        } catch (SQLException e) {
            throw converted(e, sql);
        }
    }

    /** A timestamp column as an instant; null for null. */
    public static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * A list already in memory (kept by a cache), written in its turn like a read one: what bounds the answers being
     * written at once is the turns, whether their rows came from PostgreSQL or from memory. Its renderings are kept with
     * it by the cache; an answer written from one holds nothing of its own, and gives the turn back before it is written.
     */
    public <T> Listing<T> kept(List<T> rows, long total, Listing.Renderings renderings) {
        listTurns.take();
        return new Listing<>(rows, total, listTurns::giveBack, renderings);
    }

    /**
     * Reads a list whole, at most {@code limit} rows, in its turn among the lists in memory at once; {@code totalWhenFull}
     * counts the rest when the limit cut the list. The turn is held until the list has been written ({@link Listing}).
     */
    public <T> Listing<T> open(String sql, Parameters parameters, Listing.RowMapper<T> mapper, int limit,
                               LongSupplier totalWhenFull) {
        listTurns.take();
        try {
            List<T> rows = list(sql, parameters, mapper);
            long total = rows.size() < limit ? rows.size() : totalWhenFull.getAsLong();
            return new Listing<>(rows, total, listTurns::giveBack);
        } catch (RuntimeException e) {
            listTurns.giveBack();
            throw e;
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
