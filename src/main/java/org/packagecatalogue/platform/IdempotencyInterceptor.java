package org.packagecatalogue.platform;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import org.packagecatalogue.auth.CallerTenant;

/** Runs an {@link Idempotent} endpoint through {@link IdempotentWrites}, keyed by the request's own header, method, path and body. */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class IdempotencyInterceptor {

    @Inject
    IdempotentWrites writes;

    @Inject
    CallerTenant caller;

    @Inject
    CurrentVertxRequest request;

    @AroundInvoke
    Object once(InvocationContext invocation) {
        RoutingContext current = request.getCurrent();
        String key = current.request().getHeader(IdempotentWrites.HEADER);
        if (key == null) {
            return proceed(invocation); // most writes carry no key: nothing to keep
        }
        return writes.once(key, caller.callerKey(), current.request().method().name(), current.normalizedPath(),
                body(invocation), () -> proceed(invocation));
    }

    private static byte[] body(InvocationContext invocation) {
        for (Object parameter : invocation.getParameters()) {
            if (parameter instanceof byte[] bytes) {
                return bytes;
            }
        }
        return null;
    }

    private static Response proceed(InvocationContext invocation) {
        try {
            return (Response) invocation.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
