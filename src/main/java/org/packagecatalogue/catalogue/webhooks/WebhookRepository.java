package org.packagecatalogue.catalogue.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The webhook queries (migration V10): an owner's endpoints, the endpoints an event goes to, and the outbox:
 * written with the change, claimed by a sender with a lease (FOR UPDATE SKIP LOCKED, so replicas share the
 * work), settled, listed and sent again.
 */
@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookEndpoint, Long> {

    /** An enabled endpoint that may receive the events of an owner: its own, or its aggregator's that asked for them. */
    public record Subscriber(long endpointId, String dialect, List<String> eventTypes, long eventOwnerId) {
    }

    /** An outbox row to write with the change. */
    public record Outgoing(UUID id, String aggregateType, String aggregateId, String type, String payload, long endpointId, long changeSeq) {
    }

    /** A claimed row: the event to send, where, and the secrets to sign it with. */
    public record Claimed(UUID id, long endpointId, String payload, Instant created, int attempts, String url, String secret,
                          String previousSecret, Instant previousSecretExpires) {
    }

    /** An owner's endpoints, oldest first: at most {@code limit} (an answer is bounded). */
    public List<WebhookEndpoint> ofOwner(long ownerId, int limit) {
        return getEntityManager().createQuery("from WebhookEndpoint w where w.owner.id = :owner order by w.id", WebhookEndpoint.class)
                .setParameter("owner", ownerId).setMaxResults(limit).getResultList();
    }

    /** One of the owner's endpoints, by its number (billing) or public id (mPaaS). */
    public Optional<WebhookEndpoint> owned(long ownerId, Object key, boolean lock) {
        var query = getEntityManager().createQuery("from WebhookEndpoint w where w.owner.id = :owner and w."
                        + (key instanceof UUID ? "uid" : "id") + " = :key", WebhookEndpoint.class)
                .setParameter("owner", ownerId).setParameter("key", key);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        List<WebhookEndpoint> found = query.getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The enabled endpoints that may receive events of these owners (each row names the owner it is for). */
    public List<Subscriber> subscribers(List<Long> eventOwners) {
        return session().doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("select w.id, w.dialect, w.event_types, o.id from webhook_endpoint w"
                    + " join owner wo on wo.id = w.owner_id join owner o on o.id = any(?)"
                    + " where w.enabled and (w.owner_id = o.id or (w.include_distributors and starts_with(o.path, wo.path)))")) {
                s.setArray(1, c.createArrayOf("bigint", eventOwners.toArray()));
                List<Subscriber> found = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Subscriber(rs.getLong(1), rs.getString(2), List.of((String[]) rs.getArray(3).getArray()), rs.getLong(4)));
                    }
                }
                return found;
            }
        });
    }

    /**
     * Writes the events of a change, in its transaction: one statement. An event is ready to send when it is the
     * oldest of its object for its endpoint (writes of one object wait on its row's lock, so this one sees the
     * last one's rows).
     */
    public void insert(List<Outgoing> rows) {
        session().doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into webhook_outbox (id, aggregatetype, aggregateid, type, payload,"
                    + " endpoint_id, change_seq, ready) select t.id, t.at, t.ai, t.ty, t.p::jsonb, t.e, t.s,"
                    + " row_number() over (partition by t.e, t.at, t.ai order by t.s) = 1 and not exists (select 1 from webhook_outbox p"
                    + " where p.endpoint_id = t.e and p.aggregatetype = t.at and p.aggregateid = t.ai and p.status = 'pending')"
                    + " from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[]) as t(id, at, ai, ty, p, e, s)")) {
                int n = rows.size();
                Object[] id = new Object[n], at = new Object[n], ai = new Object[n], ty = new Object[n], p = new Object[n], e = new Object[n],
                        seq = new Object[n];
                for (int i = 0; i < n; i++) {
                    Outgoing o = rows.get(i);
                    id[i] = o.id();
                    at[i] = o.aggregateType();
                    ai[i] = o.aggregateId();
                    ty[i] = o.type();
                    p[i] = o.payload();
                    e[i] = o.endpointId();
                    seq[i] = o.changeSeq();
                }
                s.setArray(1, c.createArrayOf("uuid", id));
                s.setArray(2, c.createArrayOf("text", at));
                s.setArray(3, c.createArrayOf("text", ai));
                s.setArray(4, c.createArrayOf("text", ty));
                s.setArray(5, c.createArrayOf("text", p));
                s.setArray(6, c.createArrayOf("bigint", e));
                s.setArray(7, c.createArrayOf("bigint", seq));
                s.executeUpdate();
            }
        });
    }

    /**
     * Claims at most {@code limit} due events for this replica for {@code lease}: per endpoint and object only the
     * ready one, its oldest pending (the next is made ready when it is settled, so each object's events arrive in
     * commit order), skipping rows another replica holds.
     */
    public List<Claimed> claim(int limit, Duration lease) {
        return session().doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("with due as (select d.id from webhook_outbox d"
                    + " where d.status = 'pending' and d.ready and d.next_attempt_at <= now() and (d.lease_until is null or d.lease_until < now())"
                    + " order by d.next_attempt_at, d.change_seq limit ? for update of d skip locked)"
                    + " update webhook_outbox o set lease_until = now() + ? * interval '1 millisecond', attempts = o.attempts + 1,"
                    + " last_attempt_at = now() from due, webhook_endpoint w where o.id = due.id and w.id = o.endpoint_id and w.enabled"
                    + " returning o.id, o.endpoint_id, cast(o.payload as text), o.created, o.attempts, w.url, w.secret, w.previous_secret,"
                    + " w.previous_secret_expires")) {
                s.setInt(1, limit);
                s.setLong(2, lease.toMillis());
                List<Claimed> claimed = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Timestamp expires = rs.getTimestamp(9);
                        claimed.add(new Claimed(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                                rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), expires == null ? null : expires.toInstant()));
                    }
                }
                return claimed;
            }
        });
    }

    /**
     * Deliveries the receivers took (2xx), in one statement: done, and their endpoints are no longer failing.
     * {@code statuses[i]} is what {@code ids[i]}'s receiver answered.
     */
    public void delivered(List<UUID> ids, List<Integer> statuses, List<Long> endpointIds) {
        session().doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("update webhook_outbox o set status = 'delivered', delivered_at = now(),"
                    + " last_status = t.s, last_error = null, lease_until = null from unnest(?::uuid[], ?::int[]) as t(id, s) where o.id = t.id");
                    PreparedStatement e = c.prepareStatement("update webhook_endpoint set failing_since = null"
                            + " where id = any(?) and failing_since is not null")) {
                s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                s.setArray(2, c.createArrayOf("integer", statuses.toArray()));
                s.executeUpdate();
                e.setArray(1, c.createArrayOf("bigint", endpointIds.stream().distinct().toArray()));
                e.executeUpdate();
            }
        });
    }

    /**
     * After these events were settled (delivered, given up, or to be retried), the oldest pending event of each of
     * their objects is ready to send (if it is not already: an event sent again, or one whose retry is still
     * pending, keeps its turn). One statement for a whole batch of settled events.
     */
    public void readyNext(List<UUID> settled) {
        session().doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("update webhook_outbox n set ready = true from webhook_outbox d cross join lateral"
                    + " (select p.id from webhook_outbox p where p.endpoint_id = d.endpoint_id and p.aggregatetype = d.aggregatetype"
                    + " and p.aggregateid = d.aggregateid and p.status = 'pending' order by p.change_seq limit 1) next"
                    + " where d.id = any(?) and n.id = next.id and not n.ready")) {
                s.setArray(1, c.createArrayOf("uuid", settled.toArray()));
                s.executeUpdate();
            }
        });
    }

    /**
     * Makes ready any object's oldest pending event that is not: the rare event written while the one before it
     * was being settled, which neither saw. Run now and then by a sender.
     */
    public int readyStranded() {
        return getEntityManager().createNativeQuery("update webhook_outbox d set ready = true from (select distinct on"
                + " (endpoint_id, aggregatetype, aggregateid) id, ready from webhook_outbox where status = 'pending'"
                + " order by endpoint_id, aggregatetype, aggregateid, change_seq) oldest where d.id = oldest.id and not oldest.ready").executeUpdate();
    }

    /**
     * A failed attempt: retried after {@code retryIn}, or given up once the event is older than {@code maxAge}; an
     * endpoint whose deliveries have all failed for {@code disableAfter} is disabled, with the reason.
     */
    public void failed(UUID id, long endpointId, Integer status, String error, Duration retryIn, Duration maxAge, Duration disableAfter) {
        session().doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("update webhook_outbox set next_attempt_at = now() + ? * interval '1 millisecond',"
                    + " lease_until = null, last_status = ?, last_error = ?,"
                    + " status = case when created < now() - ? * interval '1 millisecond' then 'failed' else 'pending' end where id = ?");
                    PreparedStatement e = c.prepareStatement("update webhook_endpoint set failing_since = coalesce(failing_since, now()),"
                            + " enabled = enabled and coalesce(failing_since, now()) >= now() - ? * interval '1 millisecond',"
                            + " disabled_at = case when enabled and coalesce(failing_since, now()) < now() - ? * interval '1 millisecond'"
                            + " then now() else disabled_at end,"
                            + " disabled_reason = case when enabled and coalesce(failing_since, now()) < now() - ? * interval '1 millisecond'"
                            + " then ? else disabled_reason end where id = ?")) {
                s.setLong(1, retryIn.toMillis());
                s.setObject(2, status);
                s.setString(3, error);
                s.setLong(4, maxAge.toMillis());
                s.setObject(5, id);
                s.executeUpdate();
                e.setLong(1, disableAfter.toMillis());
                e.setLong(2, disableAfter.toMillis());
                e.setLong(3, disableAfter.toMillis());
                e.setString(4, "every delivery failed for " + disableAfter + "; the last: " + error);
                e.setLong(5, endpointId);
                e.executeUpdate();
            }
        });
    }

    /**
     * The sender's own transactions do not wait for their commit to reach the disk: one lost in a crash only
     * means an event sent again when its lease runs out, which at-least-once delivery allows anyway.
     */
    public void bookkeepingOnly() {
        session().doWork(c -> {
            try (var s = c.createStatement()) {
                s.execute("set local synchronous_commit = off");
            }
        });
    }

    /** Deletes at most {@code batch} delivered or given-up events created before {@code before}; how many. */
    public int deleteSettledBefore(Instant before, int batch) {
        return getEntityManager().createNativeQuery("delete from webhook_outbox where id in (select id from webhook_outbox"
                        + " where status <> 'pending' and created < :before limit :batch)")
                .setParameter("before", before).setParameter("batch", batch).executeUpdate();
    }

    /** Every pending event of the endpoint is due now (it was enabled again). */
    public void retryNow(long endpointId) {
        getEntityManager().createNativeQuery("update webhook_outbox set next_attempt_at = now() where endpoint_id = :e and status = 'pending'")
                .setParameter("e", endpointId).executeUpdate();
    }

    public List<Delivery> deliveries(long endpointId, int limit) {
        return session().doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(DELIVERY + " where endpoint_id = ? order by created desc, change_seq desc limit ?")) {
                s.setLong(1, endpointId);
                s.setInt(2, limit);
                return deliveries(s);
            }
        });
    }

    /** Pending again, due now and ready, with the same id (sent at once, beside any newer event of its object); empty when the endpoint has no such delivery. */
    public Optional<Delivery> redeliver(long endpointId, UUID id) {
        int changed = getEntityManager().createNativeQuery("update webhook_outbox set status = 'pending', next_attempt_at = now(),"
                        + " lease_until = null, created = now(), ready = true where id = :id and endpoint_id = :e")
                .setParameter("id", id).setParameter("e", endpointId).executeUpdate();
        if (changed == 0) {
            return Optional.empty();
        }
        return session().doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(DELIVERY + " where id = ?")) {
                s.setObject(1, id);
                return deliveries(s).stream().findFirst();
            }
        });
    }

    private static final String DELIVERY = "select id, type, aggregatetype, aggregateid, change_seq, status, attempts, last_status, last_error,"
            + " last_attempt_at, delivered_at, next_attempt_at, created from webhook_outbox";

    private static List<Delivery> deliveries(PreparedStatement s) throws java.sql.SQLException {
        List<Delivery> found = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(new Delivery(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getInt(7), rs.getObject(8, Integer.class), rs.getString(9), instant(rs.getTimestamp(10)),
                        instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13))));
            }
        }
        return found;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }
}
