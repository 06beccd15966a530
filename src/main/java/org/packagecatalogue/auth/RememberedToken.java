package org.packagecatalogue.auth;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified token that {@link VerifiedTokens} keeps, answering each claim from its first reading.
 * SmallRye JWT looks a claim's name up among the standard claims by {@code Claims.valueOf}, which
 * throws for every custom claim: the owner and endpoint claims cost two exceptions per request, about
 * 4 % of a get-by-id's CPU (bench/ANALYSIS.md). A kept token's claims never change, so each is read once.
 */
final class RememberedToken implements JsonWebToken {

    /** Stands for a claim the token does not carry (the map holds no nulls). */
    private static final Object ABSENT = new Object();

    private final JsonWebToken verified;
    private final Map<String, Object> claims = new ConcurrentHashMap<>();

    RememberedToken(JsonWebToken verified) {
        this.verified = verified;
    }

    @Override
    public String getName() {
        return verified.getName();
    }

    @Override
    public Set<String> getClaimNames() {
        return verified.getClaimNames();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        Object value = claims.computeIfAbsent(claimName, name -> {
            Object read = verified.getClaim(name);
            return read == null ? ABSENT : read;
        });
        return value == ABSENT ? null : (T) value;
    }

    @Override
    public String toString() {
        return verified.toString();
    }
}
