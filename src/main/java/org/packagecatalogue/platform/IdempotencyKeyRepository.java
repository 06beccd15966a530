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

    /** A kept key: the hash of its request, and its answer once there is one (status null until then). */
    record Kept(String requestHash, Integer status, String body) {
    }

    @Inject
    EntityManager em;

    /** Claims the key for a new request, forgetting it first if it is older than {@code retention}; false if taken. */
    boolean claim(String scope, String key, String hash, Duration retention) {
        em.createNativeQuery("delete from idempotency_key where scope = :scope and key = :key and created < now() - cast(:retention as interval)")
                .setParameter("scope", scope).setParameter("key", key).setParameter("retention", retention.toSeconds() + " seconds")
                .executeUpdate();
        return em.createNativeQuery("insert into idempotency_key (scope, key, request_hash) values (:scope, :key, :hash) on conflict do nothing")
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate() == 1;
    }

    void keep(String scope, String key, int status, String body) {
        em.createNativeQuery("update idempotency_key set status = :status, body = :body, completed = now() where scope = :scope and key = :key")
                .setParameter("status", status).setParameter("body", body).setParameter("scope", scope).setParameter("key", key).executeUpdate();
    }

    void release(String scope, String key) {
        em.createNativeQuery("delete from idempotency_key where scope = :scope and key = :key")
                .setParameter("scope", scope).setParameter("key", key).executeUpdate();
    }

    Optional<Kept> find(String scope, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, status, body from idempotency_key where scope = :scope and key = :key")
                .setParameter("scope", scope).setParameter("key", key).getResultList();
        return rows.stream().findFirst()
                .map(row -> new Kept((String) row[0], row[1] == null ? null : ((Number) row[1]).intValue(), (String) row[2]));
    }
}
