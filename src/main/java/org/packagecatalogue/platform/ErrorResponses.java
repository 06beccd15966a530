package org.packagecatalogue.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Renders an {@link ApiFailure} in the dialect that owns the request path. */
@ApplicationScoped
public class ErrorResponses {

    private final List<ErrorDialect> dialects;

    @Inject
    ObjectMapper mapper;

    @Inject
    public ErrorResponses(Instance<ErrorDialect> dialects) {
        this.dialects = dialects.stream().toList();
    }

    public Object body(String path, ApiFailure failure, String trackingId) {
        for (ErrorDialect dialect : dialects) {
            if (dialect.owns(path)) {
                return dialect.body(failure, trackingId);
            }
        }
        return Map.of("status", failure.status(), "message", failure.message());
    }

    /** For JAX-RS mappers. */
    public Response response(String path, ApiFailure failure, String trackingId) {
        Response.ResponseBuilder builder = Response.status(failure.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(path, failure, trackingId));
        if (failure.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }

    /** For plain Vert.x routes that refuse a request before reading it: the answer, then the connection closes. */
    public void refuse(RoutingContext ctx, ApiFailure failure) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        write(ctx.normalizedPath(), failure, TrackingIds.of(ctx), ctx.response());
    }

    /** For plain Vert.x routes, outside JAX-RS. */
    public void write(String path, ApiFailure failure, String trackingId, HttpServerResponse response) {
        String json;
        try {
            json = mapper.writeValueAsString(body(path, failure, trackingId));
        } catch (Exception e) {
            json = "{\"message\":\"" + failure.type() + "\"}";
        }
        response.setStatusCode(failure.status()).putHeader("Content-Type", MediaType.APPLICATION_JSON);
        if (failure.status() == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        response.end(json);
    }
}
