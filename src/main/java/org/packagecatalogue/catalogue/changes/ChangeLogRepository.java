package org.packagecatalogue.catalogue.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/** The change log's queries (migration V9): the one insert of a write's entries, history, and retention. */
@ApplicationScoped
public class ChangeLogRepository {

    /** The channel every committed change is announced on (CommittedChanges). */
    public static final String CHANNEL = "catalogue_changes";

    /**
     * Every entry of a write in one statement, on the write's own connection and transaction; the same statement
     * announces the change (NOTIFY, delivered once the transaction commits): the objects' roots, "type:id,…", or
     * "*" when that would not fit a notification.
     */
    private static final String INSERT = "with ins as (insert into change_log (object_type, object_id, object_uid, action, object_version,"
            + " root_type, root_id, root_uid, owner_id, actor_client_id, actor_owner_id, tracking_id, fields)"
            + " select t.object_type, t.object_id, t.object_uid, t.action, t.object_version, t.root_type, t.root_id, t.root_uid,"
            + " t.owner_id, ?, ?, ?, t.fields::jsonb"
            + " from unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::bigint[], ?::text[])"
            + " with ordinality as t(object_type, object_id, object_uid, action, object_version, root_type, root_id, root_uid, owner_id, fields, n)"
            + " order by t.n returning seq, changed_at, root_type, root_id),"
            + " roots as (select string_agg(distinct ins.root_type || ':' || coalesce(ins.root_id::text, ''), ',') as list from ins),"
            + " note as (select pg_notify('" + CHANNEL + "', case when length(roots.list) > 7900 then '*' else roots.list end) from roots)"
            + " select ins.seq, ins.changed_at from ins, note order by ins.seq";

    private static final String COLUMNS = "select c.seq, c.object_type, c.object_id, c.object_uid, c.action, c.object_version, c.root_type,"
            + " c.root_id, c.root_uid, c.owner_id, c.actor_client_id, c.actor_owner_id, c.tracking_id, c.changed_at, cast(c.fields as text)"
            + " from change_log c join owner o on o.id = c.owner_id";

    @Inject
    EntityManager em;

    List<ChangeEntry> insert(List<Change> changes, Actor actor) {
        countStatement();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, actor.clientId());
                insert.setObject(2, actor.ownerId());
                insert.setString(3, actor.trackingId());
                int n = changes.size();
                String[] type = new String[n], uid = new String[n], action = new String[n], rootType = new String[n],
                        rootUid = new String[n], fields = new String[n];
                Long[] id = new Long[n], version = new Long[n], rootId = new Long[n], owner = new Long[n];
                for (int i = 0; i < n; i++) {
                    Change c = changes.get(i);
                    type[i] = c.objectType();
                    id[i] = c.objectId();
                    uid[i] = c.objectUid();
                    action[i] = c.action().word();
                    version[i] = c.version();
                    rootType[i] = c.root().type();
                    rootId[i] = c.root().id();
                    rootUid[i] = c.root().uid();
                    owner[i] = c.root().ownerId();
                    fields[i] = ChangeJson.write(c.fields());
                }
                int p = 4;
                insert.setArray(p++, text(connection, type));
                insert.setArray(p++, connection.createArrayOf("bigint", id));
                insert.setArray(p++, text(connection, uid));
                insert.setArray(p++, text(connection, action));
                insert.setArray(p++, connection.createArrayOf("bigint", version));
                insert.setArray(p++, text(connection, rootType));
                insert.setArray(p++, connection.createArrayOf("bigint", rootId));
                insert.setArray(p++, text(connection, rootUid));
                insert.setArray(p++, connection.createArrayOf("bigint", owner));
                insert.setArray(p, text(connection, fields));
                List<ChangeEntry> entries = new ArrayList<>(n);
                try (ResultSet rows = insert.executeQuery()) {
                    int i = 0;
                    while (rows.next()) {
                        entries.add(new ChangeEntry(rows.getLong(1), changes.get(i++), actor, rows.getTimestamp(2).toInstant()));
                    }
                }
                return entries;
            }
        });
    }

    /** Counted into Hibernate's statistics like its own statements, when they are on (StatementCountTest). */
    private void countStatement() {
        var statistics = em.getEntityManagerFactory().unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class).getStatistics();
        if (statistics.isStatisticsEnabled()) {
            statistics.prepareStatement();
        }
    }

    private static Array text(Connection connection, String[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }

    /** The number of the object of this type that was created with this public id, if one was. */
    public java.util.Optional<Long> idOfCreated(String objectType, String uid) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement find = connection.prepareStatement("select object_id from change_log"
                    + " where object_uid = ? and action = 'created' and object_type = ? limit 1")) {
                find.setString(1, uid);
                find.setString(2, objectType);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? java.util.Optional.of(row.getLong(1)) : java.util.Optional.<Long>empty();
                }
            }
        });
    }

    /** Whether the caller may see any entry of this root (the object exists now or did once, in its tenant). */
    public long countOfRoot(Tenant tenant, String rootType, long root) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement count = connection.prepareStatement("select count(*) from change_log c join owner o on o.id = c.owner_id"
                    + " where c.root_type = ? and c.root_id = ? and " + Tenant.visibleSql("o"))) {
                count.setString(1, rootType);
                count.setLong(2, root);
                count.setString(3, tenant.subtreePattern());
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** A page of a root's entries (its own and its contents'), newest first. */
    public List<ChangeEntry> pageOfRoot(Tenant tenant, String rootType, long root, int offset, int limit) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement page = connection.prepareStatement(COLUMNS + " where c.root_type = ? and c.root_id = ? and "
                    + Tenant.visibleSql("o") + " order by c.seq desc offset ? limit ?")) {
                page.setString(1, rootType);
                page.setLong(2, root);
                page.setString(3, tenant.subtreePattern());
                page.setInt(4, offset);
                page.setInt(5, limit);
                List<ChangeEntry> entries = new ArrayList<>();
                try (ResultSet row = page.executeQuery()) {
                    while (row.next()) {
                        entries.add(entry(row));
                    }
                }
                return entries;
            }
        });
    }

    /** Deletes at most {@code batch} entries older than {@code before}; how many it deleted. */
    public int deleteOlderThan(Instant before, int batch) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            // in seq order, which is changed_at's: the oldest entries are the first the primary key finds
            try (PreparedStatement delete = connection.prepareStatement("delete from change_log where seq in"
                    + " (select seq from change_log where changed_at < ? order by seq limit ?)")) {
                delete.setTimestamp(1, Timestamp.from(before));
                delete.setInt(2, batch);
                return delete.executeUpdate();
            }
        });
    }

    private static ChangeEntry entry(ResultSet row) throws SQLException {
        Change.Root root = new Change.Root(row.getString(7), row.getLong(8), row.getString(9), row.getLong(10));
        Change change = new Change(row.getString(2), row.getLong(3), row.getString(4), ChangeAction.ofWord(row.getString(5)),
                row.getObject(6, Long.class), root, ChangeJson.read(row.getString(15)));
        Actor actor = new Actor(row.getString(11), row.getObject(12, Long.class), row.getString(13));
        return new ChangeEntry(row.getLong(1), change, actor, row.getTimestamp(14).toInstant());
    }
}
