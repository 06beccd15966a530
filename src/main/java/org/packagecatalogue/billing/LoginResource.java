package org.packagecatalogue.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.packagecatalogue.auth.IssuedTokens;
import org.packagecatalogue.auth.TokenRejectedException;
import org.packagecatalogue.auth.TokenService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The billing dialect's token endpoint (OAuth 2.0 password and refresh_token grants, form-encoded). */
@Path("/AuthorizationServer/api/v10/Access/Login")
@PermitAll
@Tag(name = "Access (billing dialect)")
public class LoginResource {

    /** The documented answer; .issued and .expires in RFC 1123 form. */
    @Schema(name = "BillingToken")
    public record TokenAnswer(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty(".issued") String issued,
            @JsonProperty(".expires") String expires) {
    }

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    @Inject
    TokenService tokens;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "login", summary = "Trade client credentials (grant_type=password) or a refresh token (grant_type=refresh_token) for a bearer token",
            description = "grant_type=password with client_id + client_secret (or username + password);"
                    + " grant_type=refresh_token with refresh_token. expires_in is at most 1800 seconds.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingToken"),
            examples = @ExampleObject(name = "token", ref = "billingToken")))
    @APIResponse(responseCode = "401", description = "Unknown client or wrong secret", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "invalidClient", ref = "billingTokenInvalidClient")))
    public TokenAnswer login(
            @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret,
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("refresh_token") String refreshToken) {
        IssuedTokens issued;
        if ("password".equals(grantType)) {
            String id = firstPresent(clientId, username);
            String secret = firstPresent(clientSecret, password);
            if (id == null || secret == null) {
                throw new TokenRejectedException(400, "invalid_request", "client_id and client_secret are required");
            }
            issued = tokens.byClientSecret(id, secret);
        } else if ("refresh_token".equals(grantType)) {
            if (refreshToken == null || refreshToken.isBlank()) {
                throw new TokenRejectedException(400, "invalid_request", "refresh_token is required");
            }
            issued = tokens.byRefreshToken(refreshToken, clientId);
        } else if (grantType == null || grantType.isBlank()) {
            throw new TokenRejectedException(400, "invalid_request", "grant_type is required");
        } else {
            throw new TokenRejectedException(400, "unsupported_grant_type", "grant_type must be password or refresh_token");
        }
        return new TokenAnswer(issued.accessToken(), "bearer", issued.expiresInSeconds(), issued.refreshToken(),
                RFC_1123.format(issued.issuedAt()), RFC_1123.format(issued.expiresAt()));
    }

    private static String firstPresent(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
