package org.packagecatalogue.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.nio.channels.ClosedChannelException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.packagecatalogue.auth.TokenRejectedException;
import org.packagecatalogue.catalogue.BusyException;
import org.packagecatalogue.catalogue.ConflictException;
import org.packagecatalogue.catalogue.DatabaseFailure;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.NotPermittedException;
import org.packagecatalogue.catalogue.PreconditionFailedException;

/**
 * Turns every exception into an {@link ApiFailure} and lets the path's dialect shape it: no error
 * ever leaves as a stack trace, an HTML page or an empty body.
 */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);

    @Inject
    ErrorResponses responses;

    @Inject
    PoolRecovery pool;

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e, HttpServerRequest request) {
        return answer(request, new ApiFailure(400, "validation", "the request is not valid", e.violations()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        return answer(request, ApiFailure.of(404, "notFound", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e, HttpServerRequest request) {
        return answer(request, ApiFailure.of(412, "preconditionFailed", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, HttpServerRequest request) {
        return answer(request, ApiFailure.of(409, "conflict", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notPermitted(NotPermittedException e, HttpServerRequest request) {
        return answer(request, ApiFailure.of(403, "forbidden", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response tokenRejected(TokenRejectedException e, HttpServerRequest request) {
        return answer(request, ApiFailure.of(e.status(), e.error(), e.getMessage()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        return answer(request, ApiFailure.of(401, "unauthorized", "a valid bearer token is required"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return answer(request, ApiFailure.of(403, "forbidden", "this token is not allowed to do this"));
    }

    @ServerExceptionMapper
    public Response busy(BusyException e, HttpServerRequest request) {
        LOG.warnf("trackingId=%s busy: %s on %s %s", TrackingIds.of(request), e.getMessage(), request.method(), request.path());
        return unavailable(request);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpServerRequest request) {
        return answer(request, ApiFailure.of(400, "malformedJson", "the body is not well-formed JSON"));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return answer(request, ApiFailure.of(409, "conflict", "the object was changed by another request; read it again and retry"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        ApiFailure failure;
        if (e instanceof NotAllowedException) {
            failure = ApiFailure.of(405, "methodNotAllowed", request.method() + " is not allowed on this path");
        } else if (e instanceof NotSupportedException) {
            failure = ApiFailure.of(415, "unsupportedMediaType", "unsupported Content-Type: " + request.getHeader("Content-Type"));
        } else if (e instanceof NotAcceptableException) {
            failure = ApiFailure.of(406, "notAcceptable", "this resource answers application/json");
        } else if (status == 404) {
            failure = ApiFailure.of(404, "notFound", "no such resource");
        } else if (status >= 500) {
            return unexpected(e, request);
        } else {
            failure = ApiFailure.of(status, "badRequest", "the request cannot be processed");
        }
        Response answer = answer(request, failure);
        if (e instanceof NotAllowedException) {
            String allow = e.getResponse().getHeaderString("Allow");
            if (allow != null) {
                return Response.fromResponse(answer).header("Allow", allow).build();
            }
        }
        return answer;
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        FatalErrors.exitIfFatal(e);
        if (isClientGone(e)) {
            LOG.debugf("trackingId=%s the client hung up during %s %s", TrackingIds.of(request), request.method(), request.path());
            // nobody receives it: 499 (nginx's "client closed request") keeps it apart from answered 4xx in the metrics
            return answer(request, ApiFailure.of(CLIENT_CLOSED_REQUEST, "clientClosedRequest", "the connection closed before the request was read"));
        }
        switch (DatabaseFailure.of(e)) {
            case TIMEOUT -> {
                LOG.warnf("trackingId=%s statement timeout on %s %s", TrackingIds.of(request), request.method(), request.path());
                return answer(request, ApiFailure.of(504, "gatewayTimeout", "the database did not answer in time; retry with exponential backoff"));
            }
            case CONSTRAINT -> {
                return answer(request, ApiFailure.of(409, "conflict", "the change conflicts with data that already exists"));
            }
            case UNAVAILABLE, RACE -> {
                // RACE only reaches here once the writes' own retries are spent: the client may retry it as well
                LOG.warnf("trackingId=%s database unavailable: %s", TrackingIds.of(request), e.toString());
                pool.dropDeadConnections();
                return unavailable(request);
            }
            default -> {
                LOG.errorf(e, "trackingId=%s unexpected failure on %s %s", TrackingIds.of(request), request.method(), request.path());
                return answer(request, ApiFailure.of(500, "internalError", "an unexpected error occurred"));
            }
        }
    }

    /** The status a request whose client went away before its answer is counted with; no client receives it. */
    static final int CLIENT_CLOSED_REQUEST = 499;

    /** How long a client should wait before it retries after the database went away: a restart or switchover takes seconds. */
    static final String RETRY_AFTER_SECONDS = "2";

    /** The client closed its connection while its request was being read: routine, and nobody is left to answer. */
    static boolean isClientGone(Throwable e) {
        return Causes.any(e, t -> t instanceof HttpClosedException || t instanceof ClosedChannelException);
    }

    /** A 503 the client may retry after {@link #RETRY_AFTER_SECONDS}: the database away, or every turn taken. */
    private Response unavailable(HttpServerRequest request) {
        return Response.fromResponse(answer(request, ApiFailure.of(503, "serviceUnavailable",
                        "the service is temporarily unavailable; retry after a short delay")))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    private Response answer(HttpServerRequest request, ApiFailure failure) {
        return responses.response(request.path(), failure, TrackingIds.of(request));
    }
}
