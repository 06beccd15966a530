package org.packagecatalogue.catalogue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * An unpaged list, read whole before its answer starts (at most the list limit, {@code catalogue.list.max-items}): a
 * database that fails or goes away while it is read fails the request before anything is answered, in the dialect's
 * shape, and its connection goes back to the pool before the answer is written, however slowly the client reads.
 * While the list is written it holds one of the turns that bound the lists in memory at once (PlainReads); once it is
 * written, or closed without being written, it gives the turn back and lets go of its rows, though the request may
 * last as long as its client takes to read the answer.
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

    /**
     * What a kept list's answers were rendered into, by rendering (a dialect's shape of it): kept with the list, so that
     * the same list asked again is written as it was, without being rendered again. The bytes are kept outside the heap,
     * read-only: every answer of the list is written from them, shared, and no copy is made for any one answer.
     */
    public static final class Renderings {
        private final ConcurrentHashMap<Object, ByteBuffer> byRendering = new ConcurrentHashMap<>();

        /** This rendering's bytes, rendered once: a view of them of the caller's own (its own position). */
        public ByteBuffer get(Object rendering, Supplier<byte[]> render) {
            return byRendering.computeIfAbsent(rendering, unknown -> kept(render.get())).duplicate();
        }

        private static ByteBuffer kept(byte[] rendered) {
            return ByteBuffer.allocateDirect(rendered.length).put(rendered).flip().asReadOnlyBuffer();
        }
    }

    /** Dropped once written: the answer's bytes may wait for a slow client long after, the rows need not. */
    private List<T> rows;
    private final long total;
    /** Gives the list's turn back (PlainReads), once. */
    private final Runnable done;
    /** The renderings of a kept list, or null. */
    private final Renderings renderings;
    private boolean closed;

    Listing(List<T> rows, long total, Runnable done) {
        this(rows, total, done, null);
    }

    Listing(List<T> rows, long total, Runnable done, Renderings renderings) {
        this.rows = rows;
        this.total = total;
        this.done = done;
        this.renderings = renderings;
    }

    /** Where a kept list's renderings are kept, or null when this list is not kept. */
    public Renderings renderings() {
        return renderings;
    }

    /** Hands every row to the sink, then closes. */
    public void forEach(Sink<T> sink) throws IOException {
        try {
            for (T row : rows) {
                sink.accept(row);
            }
        } finally {
            close();
        }
    }

    /** The rows, before they are written: what a cache keeps of a list it read. */
    public List<T> rows() {
        return rows;
    }

    /** How many items there are in all: more than were listed when the list limit cut it. */
    public long total() {
        return total;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        rows = List.of();
        done.run();
    }
}
