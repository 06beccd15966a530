package org.packagecatalogue.auth;

/**
 * A token request that cannot be granted. {@code error} is the OAuth 2.0 error code
 * (RFC 6749 §5.2): invalid_request, invalid_client, invalid_grant, unsupported_grant_type.
 */
public class TokenRejectedException extends RuntimeException {

    private final int status;
    private final String error;

    public TokenRejectedException(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    public static TokenRejectedException badCredentials() {
        return new TokenRejectedException(401, "invalid_client", "unknown client or wrong secret");
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
