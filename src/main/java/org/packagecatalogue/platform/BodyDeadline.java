package org.packagecatalogue.platform;

import org.packagecatalogue.config.CatalogueConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * A request whose body has not fully arrived within {@code catalogue.http.body-deadline} is answered 408
 * in the dialect's shape and its connection closed. The HTTP layer's own settings do not fit: its idle
 * timeout closes the connection without an answer, and its read timeout only applies to blocking reads.
 * <p>
 * A body has arrived once its endpoint has read it ({@link BodyRead}), whatever Vert.x says: a request that Quarkus
 * paused after reading it is not {@code isEnded()} for Vert.x, and a write that then waited on a lock past the deadline
 * was answered 408 while it went on to commit.
 */
@ApplicationScoped
public class BodyDeadline {

    /** The routing context's flag, an {@code AtomicBoolean}, set once the endpoint has read the body. */
    static final String BODY_READ = "catalogue.body-read";

    @Inject
    CatalogueConfig config;

    @Inject
    ErrorResponses responses;

    void install(@Observes Router router, Vertx vertx) {
        long millis = config.http().bodyDeadline().toMillis();
        router.route().order(Integer.MIN_VALUE + 3).handler(ctx -> {
            if (ctx.request().isEnded() || !announcesBody(ctx.request())) {
                ctx.next(); // nothing left to wait for: no timer on the hot path of bodiless requests
                return;
            }
            java.util.concurrent.atomic.AtomicBoolean bodyRead = new java.util.concurrent.atomic.AtomicBoolean();
            ctx.put(BODY_READ, bodyRead);
            long timer = vertx.setTimer(millis, id -> {
                if (!bodyRead.get() && !ctx.request().isEnded()
                        && !ctx.response().ended() && !ctx.response().closed() && !ctx.response().headWritten()) {
                    ctx.response().endHandler(v -> ctx.request().connection().close());
                    responses.refuse(ctx, ApiFailure.of(408, "requestTimeout",
                            "the request body did not arrive within " + millis / 1000 + " s"));
                }
            });
            ctx.addBodyEndHandler(done -> vertx.cancelTimer(timer));
            ctx.next();
        });
        // The rest of a body may still arrive after its 408 (or the connection close may end it): the
        // endpoint then runs, and its answer fails because one was already sent. That is the client's
        // slowness, not a fault of ours, so it is no ERROR line: before Quarkus's own error handler
        // (the last route) logs it, a failure on a request already answered stops here.
        router.route().order(Integer.MIN_VALUE + 3).failureHandler(ctx -> {
            if (ctx.response().ended() || ctx.response().closed() || ctx.response().headWritten()) {
                LOG.debugf("trackingId=%s %s %s failed after it was answered: %s", TrackingIds.of(ctx.request()),
                        ctx.request().method(), ctx.request().path(), String.valueOf(ctx.failure()));
                return;
            }
            ctx.next();
        });
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(BodyDeadline.class);

    /**
     * In HTTP/1.x a request has a body only if it says so, with a length above 0 or a transfer encoding;
     * an HTTP/2 request may send one without a length, so it is always watched.
     */
    private static boolean announcesBody(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return true;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null || (length != null && !length.strip().equals("0"));
    }
}
