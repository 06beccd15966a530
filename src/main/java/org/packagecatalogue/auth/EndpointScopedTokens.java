package org.packagecatalogue.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A token scoped to one endpoint (the mPaaS ApiEndpoint) fails authentication anywhere else: a 401
 * on every other endpoint of either dialect, before any role is looked at.
 */
@ApplicationScoped
public class EndpointScopedTokens implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object claim = token.getClaim(TokenService.ENDPOINT_CLAIM);
        if (claim == null) {
            return Uni.createFrom().item(identity);
        }
        String scope = claim instanceof JsonString text ? text.getString() : claim.toString();
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(identity);
        if (request == null || !EndpointScope.allows(scope, request.normalizedPath())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the token is scoped to another endpoint"));
        }
        return Uni.createFrom().item(identity);
    }
}
