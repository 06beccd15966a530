package org.packagecatalogue.auth;

import org.packagecatalogue.config.CatalogueConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser SmallRye JWT authenticates every request with, remembering tokens it has
 * verified. Checking an RS256 signature is most of what an authenticated read costs (about 0.3 ms in
 * the native image, bench/ANALYSIS.md), and a client sends the same token for up to 30 minutes.
 *
 * <p>The cache holds only tokens that passed full verification, keyed by their exact text, so a hit
 * is the same answer verification would give, except for the passage of time: a hit past the token's
 * expiry (plus the configured clock skew) is dropped and verified again, which refuses it. Entries
 * also leave after {@code catalogue.token.cache.ttl}, which bounds how long a token keeps passing
 * after an operator changes the verification key. Failures are never cached. A token of a revoked
 * client ({@link RevokedClients}) is refused, cached or not.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    /** Longer tokens are verified every time, which bounds the memory the cache can hold. */
    static final int MAX_CACHED_TOKEN_LENGTH = 4096;

    private final JWTParser verifier;
    private final Clock clock;
    private final long clockSkewSeconds;
    private final Cache<String, JsonWebToken> verified;
    private final Predicate<String> revoked;

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier, JWTAuthContextInfo verification,
            CatalogueConfig config, RevokedClients revokedClients) {
        this(verifier, Clock.systemUTC(), verification.getClockSkew(), config.token().cache().maxEntries(), config.token().cache().ttl(),
                revokedClients::isRevoked);
    }

    VerifiedTokens(JWTParser verifier, Clock clock, long clockSkewSeconds, int maxEntries, Duration ttl, Predicate<String> revoked) {
        this.verifier = verifier;
        this.revoked = revoked;
        this.clock = clock;
        this.clockSkewSeconds = Math.max(0, clockSkewSeconds);
        // Size + expire-after-write: a Caffeine combination whose classes quarkus-cache registers for the
        // native image (see RateLimits).
        this.verified = Caffeine.newBuilder()
                .maximumSize(Math.max(0, maxEntries))
                .expireAfterWrite(ttl)
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            if (!expired(known)) {
                return notRevoked(known);
            }
            verified.invalidate(token);
        }
        JsonWebToken fresh = notRevoked(verifier.parse(token));
        if (token.length() <= MAX_CACHED_TOKEN_LENGTH && !expired(fresh)) {
            JsonWebToken kept = new RememberedToken(fresh);
            verified.put(token, kept);
            return kept;
        }
        return fresh;
    }

    private JsonWebToken notRevoked(JsonWebToken token) throws ParseException {
        if (revoked.test(token.getSubject())) {
            throw new ParseException("the token's client is revoked");
        }
        return token;
    }

    private boolean expired(JsonWebToken token) {
        // MicroProfile JWT requires exp; a token without one is not kept.
        long expiresAt = token.getExpirationTime();
        return expiresAt <= 0 || clock.millis() / 1000 > expiresAt + clockSkewSeconds;
    }

    // Every other use (the refresh grant's own audience, explicit keys) is verified every time.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
