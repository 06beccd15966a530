package org.packagecatalogue.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The kept Idempotency-Keys (migration V5): one row per caller and key, its request's hash, and its first answer. */
@ApplicationScoped
class IdempotencyKeyRepository {

    /** A kept key: the hash of its request and its answer (kept in the same transaction as the write). */
    record Kept(String requestHash, int status, String headers, String body) {
    }

    @Inject
    EntityManager em;

    /**
     * Claims the key for a new request, forgetting it first if it is older than {@code retention}; or, when
     * another request committed it, its kept answer. A claim made by a transaction still running makes this
     * one wait (the primary key) until that transaction ends.
     */
    Optional<Kept> claim(String scope, String key, String hash, Duration retention) {
        em.createNativeQuery("delete from idempotency_key where scope = :scope and key = :key and (created < now() - cast(:retention as interval) or status is null)")
                .setParameter("scope", scope).setParameter("key", key).setParameter("retention", retention.toSeconds() + " seconds")
                .executeUpdate();
        boolean claimed = em.createNativeQuery("insert into idempotency_key (scope, key, request_hash) values (:scope, :key, :hash) on conflict do nothing")
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate() == 1;
        if (claimed) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, status, headers, body from idempotency_key where scope = :scope and key = :key")
                .setParameter("scope", scope).setParameter("key", key).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("an Idempotency-Key neither claimed nor kept");
        }
        Object[] row = rows.get(0);
        return Optional.of(new Kept((String) row[0], ((Number) row[1]).intValue(), (String) row[2], (String) row[3]));
    }

    void keep(String scope, String key, int status, String headers, String body) {
        em.createNativeQuery("update idempotency_key set status = :status, headers = :headers, body = :body, completed = now()"
                        + " where scope = :scope and key = :key")
                .setParameter("status", status).setParameter("headers", headers).setParameter("body", body)
                .setParameter("scope", scope).setParameter("key", key).executeUpdate();
    }
}
