package org.packagecatalogue.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Reads the change log's rows as they are in PostgreSQL, for tests that assert what a write recorded. */
public final class ChangeLogRows {

    /** One row: the object, the action, and the fields it names (with their before and after values). */
    public record Row(long seq, String objectType, long objectId, String objectUid, String action, Long version, String rootType,
                      long rootId, long ownerId, String clientId, Long clientOwnerId, String trackingId, JsonObject fields) {

        public Shape shape() {
            return new Shape(objectType, action, new TreeSet<>(fields.keySet()).stream().toList());
        }
    }

    /** What a table-driven test compares: the type, the action and the names of the fields. */
    public record Shape(String objectType, String action, List<String> fields) {
        public static Shape of(String objectType, String action, String... fields) {
            return new Shape(objectType, action, new TreeSet<>(List.of(fields)).stream().toList());
        }
    }

    private final AgroalDataSource db;

    public ChangeLogRows(AgroalDataSource db) {
        this.db = db;
    }

    /** The last entry's seq: what a test reads after. */
    public long mark() {
        return query("select coalesce(max(seq), 0) from change_log", rs -> rs.getLong(1)).get(0);
    }

    public List<Row> since(long mark) {
        return query("select seq, object_type, object_id, object_uid, action, object_version, root_type, root_id, owner_id,"
                + " actor_client_id, actor_owner_id, tracking_id, cast(fields as text) from change_log where seq > " + mark + " order by seq", rs ->
                new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getObject(6, Long.class),
                        rs.getString(7), rs.getLong(8), rs.getLong(9), rs.getString(10), rs.getObject(11, Long.class), rs.getString(12),
                        Json.createReader(new StringReader(rs.getString(13))).readObject()));
    }

    /** Runs the write and asserts the entries it left, as a multiset of shapes (their order within one write aside). */
    public List<Row> expect(String what, Runnable write, Shape... expected) {
        long mark = mark();
        write.run();
        List<Row> rows = since(mark);
        Comparator<Shape> order = Comparator.comparing(Shape::objectType).thenComparing(Shape::action).thenComparing(s -> s.fields().toString());
        List<Shape> actual = new ArrayList<>(rows.stream().map(Row::shape).toList());
        List<Shape> wanted = new ArrayList<>(List.of(expected));
        actual.sort(order);
        wanted.sort(order);
        assertEquals(wanted, actual, what);
        return rows;
    }

    public long count(String where) {
        return query("select count(*) from change_log where " + where, rs -> rs.getLong(1)).get(0);
    }

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
