package org.packagecatalogue.platform;

import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.BiConsumer;

/**
 * An authentication failure fails the request, so that it reaches the dialects' exception mappers, exactly as Quarkus
 * REST arranges it, but without Quarkus REST's cost per request: while metrics are on, its route that arranges it
 * also builds a request mapper over every resource class on every request, to name the path of a failure that never
 * reaches REST (with proactive authentication off, none does). In the native executable that was a twentieth of a
 * request's CPU and much of its garbage (bench/NATIVE.md).
 * <p>
 * This route runs after authentication has put its default failure handler in place and before Quarkus REST's, and
 * puts the handler Quarkus REST would put; seeing it there, Quarkus REST's route does nothing.
 */
@ApplicationScoped
public class AuthenticationFailures {

    /**
     * Quarkus adds its filters after the Router event, each at order -priority: authentication at 200, Quarkus REST's
     * failure handler at 199. Routes of one order run in the order they were added, so this one, added first, runs
     * just before Quarkus REST's.
     */
    static final int ORDER = -199;

    /** What Quarkus REST's handler does: mark the failure and fail the request with its root cause. */
    static final BiConsumer<RoutingContext, Throwable> FAIL_THE_REQUEST = (ctx, failure) -> {
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(ctx, failure);
        if (!ctx.failed()) {
            ctx.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(ctx -> {
            if (ctx.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
                ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, FAIL_THE_REQUEST);
            }
            ctx.next();
        });
    }
}
