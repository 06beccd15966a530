package org.packagecatalogue.catalogue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * An unpaged list, read while it is written: the statement already runs (so a database that is away
 * fails before anything is answered), and {@link #forEach} hands over one row at a time as the driver
 * fetches them a batch at a time through a cursor. Nothing holds the whole list: the heap a list needs
 * does not grow with it. The caller owns the open connection until {@link #forEach} ends or
 * {@link #close} is called.
 */
public final class Listing<T> implements AutoCloseable {

    /** Takes the rows, one at a time; may write them out as it goes. */
    public interface Sink<T> {
        void accept(T item) throws IOException;
    }

    /** Reads one row at the result set's cursor. */
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final RowMapper<T> mapper;
    private final int limit;
    private final LongSupplier totalWhenFull;
    private final UnaryOperator<RuntimeException> failure;
    /** Gives the list's turn back (PlainReads), once. */
    private final Runnable done;
    private long total = -1;
    private boolean closed;

    Listing(Connection connection, PreparedStatement statement, ResultSet rows, RowMapper<T> mapper, int limit,
            LongSupplier totalWhenFull, UnaryOperator<RuntimeException> failure, Runnable done) {
        this.done = done;
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.mapper = mapper;
        this.limit = limit;
        this.totalWhenFull = totalWhenFull;
        this.failure = failure;
    }

    /** Hands every row to the sink, then closes. */
    public void forEach(Sink<T> sink) throws IOException {
        long read = 0;
        try {
            while (rows.next()) {
                sink.accept(mapper.map(rows));
                read++;
            }
        } catch (SQLException e) {
            throw failure.apply(new IllegalStateException(e));
        } finally {
            close();
        }
        // a list cut at the limit still tells the true total, so a client can see there is more and page
        total = read < limit ? read : totalWhenFull.getAsLong();
    }

    /** How many items there are in all (more than were listed when the list limit cut it); known after {@link #forEach}. */
    public long total() {
        if (total < 0) {
            throw new IllegalStateException("the total is known once the rows have been read");
        }
        return total;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (connection; statement; rows) {
            connection.rollback(); // it only read
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // the connection goes back to the pool, which checks it before it is used again
        } finally {
            done.run();
        }
    }
}
