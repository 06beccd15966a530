package org.packagecatalogue.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.packagecatalogue.catalogue.ConflictException;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;

/**
 * Idempotency-Key for creates and PATCHes, in both dialects. The first request with a key claims it
 * (PostgreSQL's primary key decides between concurrent retries, on any replica), runs, and keeps its
 * answer; a retry with the same key and the same request gets that answer again and writes nothing;
 * the same key with another request is a 409. A failed attempt releases its key so that a retry runs.
 * Keys are scoped to the caller and kept {@code catalogue.idempotency.retention} (24 hours).
 */
@ApplicationScoped
public class IdempotentWrites {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "catalogue.idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    @ConfigProperty(name = "catalogue.idempotency.wait", defaultValue = "PT10S")
    Duration wait;

    /** Runs {@code write} once per key and caller; answers its result, or the first answer again. */
    public Response once(String key, String scope, String method, String path, byte[] body, Supplier<Response> write) {
        if (key == null) {
            return write.get();
        }
        if (key.isBlank() || key.length() > 255) {
            throw new InvalidRequestException(new Violation(HEADER, Violation.INVALID_VALUE, "must be 1 to 255 characters"));
        }
        String hash = hash(method, path, body);
        if (claim(scope, key, hash)) {
            Response answer;
            try {
                answer = write.get();
            } catch (RuntimeException e) {
                release(scope, key);
                throw e;
            }
            keep(scope, key, answer.getStatus(), answer.getEntity());
            return answer;
        }
        return replay(scope, key, hash);
    }

    private boolean claim(String scope, String key, String hash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("delete from idempotency_key where scope = :scope and key = :key and created < now() - cast(:retention as interval)")
                    .setParameter("scope", scope).setParameter("key", key).setParameter("retention", retention.toSeconds() + " seconds")
                    .executeUpdate();
            return em.createNativeQuery("insert into idempotency_key (scope, key, request_hash) values (:scope, :key, :hash) on conflict do nothing")
                    .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                    .executeUpdate() == 1;
        });
    }

    private void keep(String scope, String key, int status, Object answer) {
        String json;
        try {
            json = mapper.writeValueAsString(answer);
        } catch (Exception e) {
            release(scope, key);
            throw new IllegalStateException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update idempotency_key set status = :status, body = :body, completed = now() where scope = :scope and key = :key")
                .setParameter("status", status).setParameter("body", json).setParameter("scope", scope).setParameter("key", key).executeUpdate());
    }

    private void release(String scope, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from idempotency_key where scope = :scope and key = :key")
                .setParameter("scope", scope).setParameter("key", key).executeUpdate());
    }

    /** The first answer, once it is there; the same key with another request is refused. */
    private Response replay(String scope, String key, String hash) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "select request_hash, status, body from idempotency_key where scope = :scope and key = :key")
                    .setParameter("scope", scope).setParameter("key", key).getResultList());
            if (rows.isEmpty()) {
                throw new ConflictException("the first request with this Idempotency-Key failed; retry it");
            }
            Object[] row = rows.get(0);
            if (!hash.equals(row[0])) {
                throw new ConflictException("this Idempotency-Key was already used with a different request; use a new key for a new request");
            }
            if (row[1] != null) {
                return Response.status(((Number) row[1]).intValue()).type(MediaType.APPLICATION_JSON).entity(row[2]).build();
            }
            if (System.nanoTime() > deadline) {
                throw new ConflictException("a request with this Idempotency-Key is still being processed; retry shortly");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConflictException("interrupted while waiting for the first request with this Idempotency-Key");
            }
        }
    }

    private static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body == null ? new byte[0] : body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
