package org.packagecatalogue.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;
import org.packagecatalogue.platform.ApiFailure;
import org.packagecatalogue.platform.ErrorDialect;

/**
 * Errors of the billing token endpoint (/AuthorizationServer) take the OAuth 2.0 shape
 * (RFC 6749 §5.2) that OAuth client libraries read, plus the trackingId.
 */
@ApplicationScoped
public class TokenErrorDialect implements ErrorDialect {

    public record TokenError(
            String error,
            @JsonProperty("error_description") String errorDescription,
            String trackingId) {
    }

    @Override
    public boolean owns(String path) {
        return path.startsWith("/AuthorizationServer/");
    }

    @Override
    public Object body(ApiFailure failure, String trackingId) {
        String error = switch (failure.status()) {
            case 400 -> failure.type().startsWith("invalid_") || failure.type().startsWith("unsupported_")
                    ? failure.type() : "invalid_request";
            case 401 -> "invalid_client";
            default -> failure.type();
        };
        String description = failure.violations().isEmpty()
                ? failure.message()
                : failure.violations().stream().map(v -> BillingFieldNames.of(v) + " " + v.detail()).collect(Collectors.joining("; "));
        return new TokenError(error, description, trackingId);
    }
}
