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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.core.type.TypeReference;
import org.packagecatalogue.catalogue.DatabaseFailure;
import java.util.function.Supplier;
import org.packagecatalogue.catalogue.ConflictException;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;

/**
 * Idempotency-Key for creates and PATCHes, in both dialects: exactly once. The key is claimed, the write runs
 * and its answer (status, headers, body) is kept, all in one transaction, so they commit together or not at all:
 * <ul>
 * <li>the write committed (even if its answer never reached the client): a retry with the same key and the same
 * request answers the kept answer again, headers included, and writes nothing;</li>
 * <li>it did not (refused, failed, or its process died): nothing is kept and a retry runs the write;</li>
 * <li>two attempts at once: PostgreSQL's primary key makes the second wait for the first's transaction, on any
 * replica, then answer its answer (or run, if the first rolled back).</li>
 * </ul>
 * The same key with another request is a 409. Keys are scoped to the caller and kept
 * {@code catalogue.idempotency.retention} (24 hours).
 */
@ApplicationScoped
public class IdempotentWrites {

    public static final String HEADER = "Idempotency-Key";

    /** Set on an answer replayed from a kept key. */
    public static final String REPLAYED = "Idempotent-Replayed";

    /** The headers of a write's answer that are kept and replayed with its body. */
    private static final List<String> KEPT_HEADERS = List.of(EntityTags.ETAG, "Location");

    /** How the OpenAPI document describes the header. */
    public static final String DESCRIPTION = "Optional, 1 to 255 characters of your choice: a retry with the same key and the same"
            + " request answers the first answer again (its status, ETag and body, with Idempotent-Replayed: true) and writes"
            + " nothing, even when the first answer was lost after its commit; the same key with another request is a 409.";

    /** Attempts in all of a write that lost a race (40001, 40P01): the whole transaction runs again. */
    private static final int ATTEMPTS = 3;

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
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> run(scope, key, hash, write));
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || DatabaseFailure.of(e) != DatabaseFailure.RACE) {
                    throw e;
                }
            }
        }
    }

    /** In one transaction: the claim (or the kept answer), the write, and its answer kept. */
    private Response run(String scope, String key, String hash, Supplier<Response> write) {
        Optional<IdempotencyKeyRepository.Kept> kept = keys.claim(scope, key, hash, config.idempotency().retention());
        if (kept.isPresent()) {
            return replay(kept.get(), hash);
        }
        Response answer = write.get();
        keys.keep(scope, key, answer.getStatus(), json(headersOf(answer)), json(answer.getEntity()));
        return answer;
    }

    private static Map<String, String> headersOf(Response answer) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            Object value = answer.getHeaders().getFirst(name);
            if (value != null) {
                kept.put(name, value.toString());
            }
        }
        return kept;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException("an answer that cannot be kept: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The first answer again; the same key with another request is refused. */
    private Response replay(IdempotencyKeyRepository.Kept kept, String hash) {
        if (!hash.equals(kept.requestHash())) {
            throw new ConflictException("this Idempotency-Key was already used with a different request; use a new key for a new request");
        }
        Response.ResponseBuilder answer = Response.status(kept.status()).type(MediaType.APPLICATION_JSON).entity(kept.body())
                .header(REPLAYED, "true");
        if (kept.headers() != null) {
            try {
                mapper.readValue(kept.headers(), new TypeReference<Map<String, String>>() {
                }).forEach(answer::header);
            } catch (Exception e) {
                throw new IllegalStateException("kept headers that cannot be read", e);
            }
        }
        return answer.build();
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
