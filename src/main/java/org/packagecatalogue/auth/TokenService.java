package org.packagecatalogue.auth;

import org.packagecatalogue.config.CatalogueConfig;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.packagecatalogue.catalogue.owner.OwnerKind;

/**
 * The one token service behind every token endpoint: checks a client's credentials (or a refresh
 * token) and issues signed JWTs naming the client's owner and roles.
 */
@ApplicationScoped
public class TokenService {

    /** Access tokens are for this audience (mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "package-catalogue";
    /** Refresh tokens carry another audience, so that one can never be used as an access token. */
    public static final String REFRESH_AUDIENCE = "package-catalogue-refresh";
    /** The numeric id of the owner the token acts for. */
    public static final String OWNER_ID_CLAIM = "owner_id";
    /** The public id of that owner (AGID-… or DID-…). */
    public static final String OWNER_CLAIM = "owner";
    /** When present, the one endpoint the token is good for (the mPaaS ApiEndpoint). */
    public static final String ENDPOINT_CLAIM = "api_endpoint";
    static final Duration MAX_ACCESS_LIFETIME = Duration.ofMinutes(30);

    private final String issuer;
    private final Duration accessLifetime;
    private final Duration refreshLifetime;

    @Inject
    Credentials credentials;

    @Inject
    JWTParser parser;

    @Inject
    JWTAuthContextInfo verification;

    @Inject
    public TokenService(CatalogueConfig config) {
        this(config.token().issuer(), config.token().accessLifetime(), config.token().refreshLifetime());
    }

    TokenService(String issuer, Duration accessLifetime, Duration refreshLifetime) {
        if (accessLifetime.compareTo(MAX_ACCESS_LIFETIME) > 0 || accessLifetime.isNegative() || accessLifetime.isZero()) {
            throw new IllegalStateException("catalogue.token.access-lifetime must be between 1s and 30m, is " + accessLifetime);
        }
        this.issuer = issuer;
        this.accessLifetime = accessLifetime;
        this.refreshLifetime = refreshLifetime;
    }

    /** grant_type=password: the client's id and secret. */
    public IssuedTokens byClientSecret(String clientId, String secret) {
        return byClientSecret(clientId, secret, null);
    }

    /** The client's id and secret, for a token good only on {@code endpoint} (any endpoint when null). */
    public IssuedTokens byClientSecret(String clientId, String secret, String endpoint) {
        ApiClient client = credentials.authenticate(clientId, secret).orElseThrow(TokenRejectedException::badCredentials);
        return issue(client, EndpointScope.normalize(endpoint));
    }

    /** grant_type=refresh_token: a refresh token this service issued, for a client that still exists. */
    public IssuedTokens byRefreshToken(String refreshToken, String expectedClientId) {
        JsonWebToken parsed;
        try {
            JWTAuthContextInfo refreshContext = new JWTAuthContextInfo(verification);
            refreshContext.setExpectedAudience(Set.of(REFRESH_AUDIENCE));
            parsed = parser.parse(refreshToken, refreshContext);
        } catch (ParseException | RuntimeException e) {
            throw new TokenRejectedException(400, "invalid_grant", "the refresh token is invalid or expired");
        }
        String clientId = parsed.getSubject();
        if (expectedClientId != null && !expectedClientId.isBlank() && !expectedClientId.equals(clientId)) {
            throw new TokenRejectedException(400, "invalid_grant", "the refresh token was issued to another client");
        }
        ApiClient client = credentials.find(clientId)
                .orElseThrow(() -> new TokenRejectedException(400, "invalid_grant", "the client no longer exists"));
        return issue(client, null);
    }

    private IssuedTokens issue(ApiClient client, String endpoint) {
        Instant now = Instant.now();
        Instant expires = now.plus(accessLifetime);
        var claims = Jwt.issuer(issuer)
                .subject(client.clientId)
                .upn(client.clientId)
                .audience(AUDIENCE)
                .groups(rolesOf(client))
                .claim(OWNER_ID_CLAIM, client.owner.id)
                .claim(OWNER_CLAIM, client.owner.publicId())
                .issuedAt(now)
                .expiresAt(expires);
        if (endpoint != null) {
            claims.claim(ENDPOINT_CLAIM, endpoint);
        }
        String access = claims.sign();
        String refresh = Jwt.issuer(issuer)
                .subject(client.clientId)
                .audience(REFRESH_AUDIENCE)
                .issuedAt(now)
                .expiresAt(now.plus(refreshLifetime))
                .sign();
        return new IssuedTokens(access, refresh, now, expires);
    }

    static Set<String> rolesOf(ApiClient client) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(Roles.READ);
        if (client.access == ClientAccess.READ_WRITE) {
            roles.add(Roles.WRITE);
            if (client.owner.kind == OwnerKind.AGGREGATOR) {
                roles.add(Roles.ONBOARD);
            }
        }
        return roles;
    }
}
