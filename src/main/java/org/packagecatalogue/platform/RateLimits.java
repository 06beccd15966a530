package org.packagecatalogue.platform;

import org.packagecatalogue.config.CatalogueConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A per-client rate limit: a token bucket (Bucket4j) per authenticated client, or per remote address for
 * requests without a valid token (the token endpoints). Over the limit, a 429 in the dialect's shape with
 * Retry-After. Buckets live in this replica's memory: with N replicas a client gets up to N times the rate.
 * <p>
 * Every answer the limiter covers tells the client where it stands, in the fields of
 * draft-ietf-httpapi-ratelimit-headers-10: {@code RateLimit-Policy: "client";q=<burst>;w=<seconds to refill it>}
 * and {@code RateLimit: "client";r=<requests left>;t=<seconds until the bucket is full again>}.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    CatalogueConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    ErrorResponses responses;

    // Bounded, and a bucket is forgotten 10 minutes after it was made (then starts full again). This
    // combination (size + expire-after-write) is one whose Caffeine classes quarkus-cache registers for the
    // native image; expire-after-access with a size bound is not, and fails there at run time.
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    public static final String POLICY_HEADER = "RateLimit-Policy";
    public static final String STATE_HEADER = "RateLimit";
    /** The policy's name in both fields: the bucket is the client's (or, without a token, the address's). */
    static final String POLICY = "\"client\"";
    private static final String PROBE = RateLimits.class.getName() + ".probe";

    @ServerRequestFilter(preMatching = false)
    public Uni<Response> limit(HttpServerRequest request, ContainerRequestContext context) {
        if (!config.rateLimit().enabled()) {
            return Uni.createFrom().nullItem();
        }
        // An invalid token is the endpoint's 401 to give; here it only means "no client known".
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> check(clientOf(identity, request), request, context));
    }

    /** The limiter's fields on whatever the request was answered with (the endpoint's answer, an error, the 429). */
    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(PROBE) instanceof ConsumptionProbe probe) {
            response.getHeaders().putSingle(POLICY_HEADER, policy());
            response.getHeaders().putSingle(STATE_HEADER, POLICY + ";r=" + probe.getRemainingTokens()
                    + ";t=" + seconds(probe.getNanosToWaitForReset()));
        }
    }

    /** The bucket's size, and the seconds it takes to refill from empty. */
    private String policy() {
        CatalogueConfig.RateLimit limit = config.rateLimit();
        long refill = seconds(limit.period().toNanos() * limit.burst() / Math.max(1, limit.requests()));
        return POLICY + ";q=" + limit.burst() + ";w=" + Math.max(1, refill);
    }

    /** Whole seconds, rounded up. */
    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    private static String clientOf(SecurityIdentity identity, HttpServerRequest request) {
        if (identity != null && !identity.isAnonymous()) {
            return "client:" + identity.getPrincipal().getName();
        }
        return "address:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
    }

    private Response check(String client, HttpServerRequest request, ContainerRequestContext context) {
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(config.rateLimit().burst()).refillGreedy(config.rateLimit().requests(), config.rateLimit().period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        context.setProperty(PROBE, probe);
        if (probe.isConsumed()) {
            return null;
        }
        long retryAfter = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        return Response.fromResponse(responses.response(request.path(),
                        ApiFailure.of(429, "tooManyRequests", "too many requests from this client; retry after " + retryAfter + " s"),
                        TrackingIds.of(request)))
                .header("Retry-After", retryAfter)
                .build();
    }
}
