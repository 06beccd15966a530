package org.packagecatalogue.platform;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.packagecatalogue.auth.CallerTenant;
import org.packagecatalogue.catalogue.changes.Actor;

/**
 * Who the change log names as the actor of a change: the request's authenticated API client and its owner,
 * and the request's trackingId. Outside a request (the aggregator's bootstrap at start) nobody.
 */
@ApplicationScoped
class RequestActors implements Actor.Source {

    @Inject
    CurrentVertxRequest request;

    @Inject
    CallerTenant caller;

    @Inject
    JsonWebToken token;

    @Override
    public Actor current() {
        if (!Arc.container().requestContext().isActive()) {
            return Actor.UNKNOWN;
        }
        RoutingContext ctx = request.getCurrent();
        String trackingId = ctx == null ? null : TrackingIds.of(ctx);
        if (token.getRawToken() == null) {
            return new Actor(null, null, trackingId); // a token endpoint: no bearer token
        }
        return new Actor(caller.clientId(), caller.get().ownerId(), trackingId);
    }
}
