package org.packagecatalogue.mpaas;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import org.packagecatalogue.platform.ApiFailure;
import org.packagecatalogue.platform.ErrorDialect;
import org.packagecatalogue.platform.ErrorTexts;

/** Every error under /v1.0 is exactly {"StatusCode": n, "Message": "…"}, with the documented messages. */
@ApplicationScoped
public class MpaasErrorDialect implements ErrorDialect {

    public record MpaasError(@JsonProperty("StatusCode") int statusCode, @JsonProperty("Message") String message) {
    }

    @Override
    public boolean owns(String path) {
        return path.startsWith("/v1.0/") || path.equals("/v1.0");
    }

    @Override
    public Object body(ApiFailure failure, String trackingId) {
        String message = standardMessage(failure.status());
        if (failure.status() == 400 && !failure.violations().isEmpty()) {
            message += " " + String.join("; ", ErrorTexts.firstOf(failure.violations().stream()
                    .map(v -> MpaasFieldNames.of(v) + " " + v.detail()).toList(), more -> "and " + more + " more problems")) + ".";
        }
        return new MpaasError(failure.status(), ErrorTexts.cut(message));
    }

    static String standardMessage(int status) {
        return switch (status) {
            case 400 -> "Bad request: one or more required fields are missing or contain an invalid value.";
            case 401 -> "Unauthorized: Bearer token is missing, expired, or invalid. Re-authenticate via POST /v1.0/oauth2/tokens.";
            case 403 -> "Forbidden: your token does not have permission to access this resource. Check the ApiEndpoint scope.";
            case 404 -> "Not found: the requested resource does not exist or belongs to a different account.";
            case 405 -> "Method not allowed: verify the HTTP method required for this endpoint.";
            case 408 -> "Request timeout: the server did not receive a complete request within the allowed time. Retry with exponential backoff.";
            case 409 -> "Conflict: the request conflicts with the current state of the resource.";
            case 412 -> "Precondition failed: the resource was changed since it was read (If-Match). Read it again and retry.";
            case 413 -> "Payload too large: the request body exceeds the allowed size.";
            case 415 -> "Unsupported media type: send the body as application/json.";
            case 429 -> "Too many requests: rate limit exceeded. Slow your request cadence and retry after a short delay.";
            case 503 -> "Service unavailable: the API is temporarily unavailable. Retry after a short delay.";
            case 504 -> "Gateway timeout: an upstream service did not respond in time. Retry with exponential backoff.";
            default -> status >= 500
                    ? "Internal server error: an unexpected error occurred. If the problem persists contact support."
                    : "Bad request: the request cannot be processed.";
        };
    }
}
