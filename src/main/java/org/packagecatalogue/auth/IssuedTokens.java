package org.packagecatalogue.auth;

import java.time.Instant;

/** A signed access token, the refresh token that renews it, and when they were issued and expire. */
public record IssuedTokens(String accessToken, String refreshToken, Instant issuedAt, Instant expiresAt) {

    public long expiresInSeconds() {
        return expiresAt.getEpochSecond() - issuedAt.getEpochSecond();
    }
}
