package org.packagecatalogue.platform;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.packagecatalogue.catalogue.BusyException;
import org.packagecatalogue.catalogue.Turns;
import org.packagecatalogue.config.CatalogueConfig;

/**
 * The turns of {@link HeldInTurn} requests. A turn is taken before the endpoint runs and given back once both the
 * endpoint has returned and its answer has been written (or its connection closed): what the answer holds until then
 * counts against the bound too. A request that waits longer than {@code catalogue.heavy-requests.in-flight-wait} is refused
 * with a {@link BusyException}, like a request that finds no free database connection.
 */
@HeldInTurn
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
class HeavyRequestTurns {

    private final Turns turns;

    @Inject
    CurrentVertxRequest request;

    @Inject
    HeavyRequestTurns(CatalogueConfig config) {
        this.turns = new Turns(config.heavyRequests().maxInFlight(), config.heavyRequests().inFlightWait(),
                "every turn for this kind of request is taken: try again shortly");
    }

    @AroundInvoke
    Object inTurn(InvocationContext invocation) throws Exception {
        turns.take();
        Turn turn = new Turn();
        RoutingContext current = request.getCurrent();
        current.addEndHandler(ignored -> turn.answerWritten());
        HttpServerResponse response = current.response();
        if (response.ended() || response.closed()) {
            turn.answerWritten(); // the end handler may never come for a connection already gone
        }
        try {
            return invocation.proceed();
        } finally {
            turn.endpointReturned();
        }
    }

    /**
     * Given back when its two halves are done: the endpoint's run (reported once, as it returns) and its answer's writing
     * (reported by its end handler, and perhaps also by the check for a connection already gone: counted once).
     */
    private final class Turn {
        private final AtomicBoolean answered = new AtomicBoolean();
        private final AtomicInteger pending = new AtomicInteger(2);

        void endpointReturned() {
            countDown();
        }

        void answerWritten() {
            if (answered.compareAndSet(false, true)) {
                countDown();
            }
        }

        private void countDown() {
            if (pending.decrementAndGet() == 0) {
                turns.giveBack();
            }
        }
    }
}
