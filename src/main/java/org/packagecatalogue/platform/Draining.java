package org.packagecatalogue.platform;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last phase of a graceful shutdown. On SIGTERM Quarkus turns readiness DOWN and keeps serving for
 * quarkus.shutdown.delay; after that, requests already running may finish (quarkus.shutdown.timeout), and
 * this answers every new one 503 with Connection: close, in the dialect's shape, instead of serving it.
 */
@ApplicationScoped
public class Draining {

    @ConfigProperty(name = "quarkus.shutdown.delay")
    Optional<Duration> delay;

    @Inject
    ErrorResponses responses;

    private volatile boolean draining;

    void shutdownBegins(@Observes ShutdownDelayInitiatedEvent event, Vertx vertx) {
        long millis = delay.map(Duration::toMillis).orElse(0L);
        if (millis <= 0) {
            draining = true;
        } else {
            vertx.setTimer(millis, id -> draining = true);
        }
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            if (draining) {
                responses.refuse(ctx, ApiFailure.of(503, "serviceUnavailable", "this instance is shutting down; retry"));
                return;
            }
            ctx.next();
        });
    }
}
