package org.packagecatalogue.platform;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every request gets a fresh trackingId before anything else runs. It is sent as the
 * {@value #HEADER} response header (which the access log prints), and answers put it in their bodies.
 */
@ApplicationScoped
public class TrackingIds {

    public static final String HEADER = "trackingId";

    @Inject
    CurrentVertxRequest currentRequest;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String id = fresh();
            ctx.put(HEADER, id);
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        });
    }

    /** The current request's trackingId. */
    public String current() {
        RoutingContext ctx = currentRequest.getCurrent();
        return ctx == null ? fresh() : of(ctx);
    }

    public static String of(RoutingContext ctx) {
        String id = ctx.get(HEADER);
        return id != null ? id : of(ctx.request());
    }

    public static String of(HttpServerRequest request) {
        String id = request.response().headers().get(HEADER);
        return id != null ? id : fresh();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: a trackingId names a request, it is not a secret, so it
     * needs neither SecureRandom nor the lock that UUID.randomUUID takes on it for every request.
     */
    static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
