package org.packagecatalogue.platform;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A path that no endpoint serves still answers in the error shape of the dialect that owns the
 * path, rather than Vert.x's default page. Runs after every other route.
 */
@ApplicationScoped
public class UnmatchedPaths {

    @Inject
    ErrorResponses responses;

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            String path = ctx.normalizedPath();
            if (path.startsWith("/q/") || ctx.response().ended()) {
                ctx.next();
                return;
            }
            responses.write(path, ApiFailure.of(404, "notFound", "no such resource"), TrackingIds.of(ctx), ctx.response());
        });
    }
}
