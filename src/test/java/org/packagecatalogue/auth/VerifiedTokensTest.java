package org.packagecatalogue.auth;

import static org.junit.jupiter.api.Assertions.*;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * The verified-token cache gives the answer full verification would give: a known token is not
 * verified again, but an expired, failed, oversized or differently-scoped one always is.
 */
class VerifiedTokensTest {

    static final long SKEW = 60;
    static final Duration TTL = Duration.ofSeconds(60);

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T06:00:00Z"));
    /** Tokens the fake verifier accepts, with their expiry (epoch seconds); anything else fails. */
    final Map<String, Long> valid = new HashMap<>();
    final List<String> verifications = new ArrayList<>();
    /** Every claim read from a verified token, by name. */
    final List<String> claimReads = new ArrayList<>();
    /** The clients revoked so far (a token's subject is its text here). */
    final java.util.Set<String> revoked = new java.util.HashSet<>();
    final VerifiedTokens tokens = new VerifiedTokens(verifier(), clock, SKEW, 1000, TTL, revoked::contains);

    @Test
    void aTokenOfARevokedClientIsRefusedEvenWhenRemembered() throws ParseException {
        valid.put("a", clock.instant().getEpochSecond() + 1800);
        valid.put("b", clock.instant().getEpochSecond() + 1800);
        tokens.parse("a");
        revoked.add("a");
        revoked.add("b");
        assertThrows(ParseException.class, () -> tokens.parse("a"));
        assertThrows(ParseException.class, () -> tokens.parse("b"));
        revoked.clear();
        assertEquals("a", tokens.parse("a").getName());
    }

    @Test
    void aKnownTokenIsNotVerifiedAgain() throws ParseException {
        valid.put("a", clock.instant().getEpochSecond() + 1800);
        JsonWebToken first = tokens.parse("a");
        JsonWebToken second = tokens.parse("a");
        assertSame(first, second);
        assertEquals(List.of("a"), verifications);
    }

    @Test
    void eachTokenIsVerifiedOnItsOwn() throws ParseException {
        valid.put("a", clock.instant().getEpochSecond() + 1800);
        valid.put("b", clock.instant().getEpochSecond() + 1800);
        assertEquals("a", tokens.parse("a").getName());
        assertEquals("b", tokens.parse("b").getName());
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertEquals(List.of("a", "b", "forged"), verifications);
    }

    @Test
    void aFailedVerificationIsNeverRemembered() {
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertEquals(List.of("forged", "forged"), verifications);
    }

    @Test
    void aKnownTokenPastItsExpiryIsVerifiedAgainAndRefused() throws ParseException {
        long expiry = clock.instant().getEpochSecond() - 30; // expired, but within the verifier's clock skew
        valid.put("a", expiry);
        tokens.parse("a");
        clock.advance(Duration.ofSeconds(SKEW - 30 - 1));   // still within it
        tokens.parse("a");
        assertEquals(1, verifications.size());
        clock.advance(Duration.ofSeconds(2));
        valid.remove("a");                                  // what the real verifier says of an expired token
        assertThrows(ParseException.class, () -> tokens.parse("a"));
        assertEquals(2, verifications.size());
    }

    @Test
    void aKnownTokenIsVerifiedAgainAfterTheTtl() throws ParseException {
        valid.put("a", clock.instant().getEpochSecond() + 1800);
        tokens.parse("a");
        clock.advance(TTL.plusSeconds(1));
        tokens.parse("a");
        assertEquals(List.of("a", "a"), verifications);
    }

    @Test
    void anOversizedTokenIsVerifiedEveryTime() throws ParseException {
        String large = "x".repeat(VerifiedTokens.MAX_CACHED_TOKEN_LENGTH + 1);
        valid.put(large, clock.instant().getEpochSecond() + 1800);
        tokens.parse(large);
        tokens.parse(large);
        assertEquals(2, verifications.size());
    }

    @Test
    void aTokenVerifiedWithAnotherContextIsNeitherCachedNorAnsweredFromTheCache() throws ParseException {
        valid.put("a", clock.instant().getEpochSecond() + 1800);
        tokens.parse("a");
        tokens.parse("a", new JWTAuthContextInfo());
        tokens.parse("a", new JWTAuthContextInfo());
        assertEquals(List.of("a", "a", "a"), verifications);
    }

    @Test
    void aKeptTokenAnswersItsClaimsAsVerifiedReadingEachOnce() throws ParseException {
        valid.put("a", clock.instant().getEpochSecond() + 1800);
        JsonWebToken token = tokens.parse("a");
        assertEquals(7L, (Long) token.getClaim("owner_id"));
        assertNull(token.getClaim("endpoint"));
        JsonWebToken again = tokens.parse("a");
        assertEquals(7L, (Long) again.getClaim("owner_id"));
        assertNull(again.getClaim("endpoint"));
        assertEquals("a", again.getName());
        assertEquals(Set.of("exp", "owner_id"), again.getClaimNames());
        // SmallRye JWT throws and catches an exception inside every read of a custom claim: a kept
        // token reads each claim from the verified one once, not once per request
        assertEquals(1, claimReads.stream().filter("owner_id"::equals).count());
        assertEquals(1, claimReads.stream().filter("endpoint"::equals).count());
    }

    private JWTParser verifier() {
        return (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { JWTParser.class },
                (proxy, method, args) -> {
                    String token = (String) args[0];
                    verifications.add(token);
                    Long expiry = valid.get(token);
                    if (expiry == null || !method.getName().equals("parse")) {
                        throw new ParseException("refused: " + token);
                    }
                    return principal(token, expiry, claimReads);
                });
    }

    private static JsonWebToken principal(String name, long expiry, List<String> claimReads) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp", "owner_id");
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claim) {
                claimReads.add(claim);
                return switch (claim) {
                    case "exp" -> (T) Long.valueOf(expiry);
                    case "owner_id" -> (T) Long.valueOf(7);
                    case "sub" -> (T) name;
                    default -> null;
                };
            }
        };
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
