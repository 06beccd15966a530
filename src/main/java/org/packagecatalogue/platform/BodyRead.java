package org.packagecatalogue.platform;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Tells {@link BodyDeadline} that the endpoint has read the request's body: it has arrived, and no 408 may follow. */
@Provider
public class BodyRead implements ReaderInterceptor {

    @Inject
    CurrentVertxRequest request;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        RoutingContext current = request.getCurrent();
        if (current != null && current.get(BodyDeadline.BODY_READ) instanceof AtomicBoolean read) {
            read.set(true);
        }
        return body;
    }
}
