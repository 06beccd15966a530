package org.packagecatalogue.platform;

import org.packagecatalogue.config.CatalogueConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
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

    /** How the OpenAPI document describes the header. */
    public static final String DESCRIPTION = "Optional, 1 to 255 characters of your choice: a retry with the same key and the same"
            + " request answers the first answer again and writes nothing; the same key with another request is a 409.";

    @Inject
    IdempotencyKeyRepository keys;

    @Inject
    ObjectMapper mapper;

    @Inject
    CatalogueConfig config;

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
        return QuarkusTransaction.requiringNew().call(() -> keys.claim(scope, key, hash, config.idempotency().retention()));
    }

    private void keep(String scope, String key, int status, Object answer) {
        String json;
        try {
            json = mapper.writeValueAsString(answer);
        } catch (Exception e) {
            release(scope, key);
            throw new IllegalStateException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> keys.keep(scope, key, status, json));
    }

    private void release(String scope, String key) {
        QuarkusTransaction.requiringNew().run(() -> keys.release(scope, key));
    }

    /** The first answer, once it is there; the same key with another request is refused. */
    private Response replay(String scope, String key, String hash) {
        long deadline = System.nanoTime() + config.idempotency().waitFor().toNanos();
        while (true) {
            var kept = QuarkusTransaction.requiringNew().call(() -> keys.find(scope, key));
            if (kept.isEmpty()) {
                throw new ConflictException("the first request with this Idempotency-Key failed; retry it");
            }
            if (!hash.equals(kept.get().requestHash())) {
                throw new ConflictException("this Idempotency-Key was already used with a different request; use a new key for a new request");
            }
            if (kept.get().status() != null) {
                return Response.status(kept.get().status()).type(MediaType.APPLICATION_JSON).entity(kept.get().body()).build();
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
