package org.packagecatalogue.platform;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than quarkus.http.limits.max-body-size is refused before it is read, with a
 * 413 in the dialect's shape. (A chunked body without a length is still cut off by the HTTP layer's own
 * limit.)
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    ErrorResponses responses;

    void install(@Observes Router router) {
        long max = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE + 2).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long announced;
            try {
                announced = length == null ? -1 : Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                announced = -1;
            }
            if (announced > max) {
                responses.refuse(ctx, ApiFailure.of(413, "payloadTooLarge", "the body is larger than " + max + " bytes"));
                return;
            }
            ctx.next();
        });
    }
}
