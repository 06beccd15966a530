package org.packagecatalogue.mpaas;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.packagecatalogue.auth.IssuedTokens;
import org.packagecatalogue.auth.TokenService;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.platform.JsonBodies;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The mPaaS token endpoint: AccountKey + AccountSecret for a bearer token, optionally scoped to one ApiEndpoint. */
@Path("/v1.0")
@PermitAll
@Tag(name = "OAuth2 (mPaaS dialect)")
public class TokenResource {

    @Schema(name = "MpaasToken")
    public record TokenAnswer(
            @JsonProperty("token") String token,
            @JsonProperty("successful") boolean successful,
            @JsonProperty("tokenExpiry") String tokenExpiry,
            @JsonProperty("apiEndpoint") @Schema(nullable = true) String apiEndpoint) {
    }

    /** "05/02/2025 06:36:13 PM", in UTC. */
    static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);

    @Inject
    TokenService tokens;

    @Inject
    JsonBodies bodies;

    @POST
    @Path("/oauth2/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mpaasCreateToken", summary = "Trade an AccountKey (DID-… or AGID-…) and AccountSecret for a bearer token",
            description = "With an ApiEndpoint, the token is good on that endpoint only (401 on any other). Tokens live"
                    + " at most 30 minutes; there is no refresh.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MpaasTokenRequest"), examples = @ExampleObject(name = "token",
            value = "{\"AccountKey\": \"DID-00000000-0000-4000-8000-000000000002\", \"AccountSecret\": \"demo-northwind-secret\","
                    + " \"ApiEndpoint\": \"/v1.0/packages/update\"}")))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MpaasToken"), examples = @ExampleObject(name = "token",
            value = "{\"token\": \"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJESUQtMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAyIn0.c2lnbmF0dXJl\", \"successful\": true, \"tokenExpiry\": \"05/02/2025 06:36:13 PM\","
                    + " \"apiEndpoint\": \"/v1.0/packages/update\"}")))
    public TokenAnswer token(byte[] body) {
        ObjectNode request = bodies.object(body);
        List<Violation> problems = new ArrayList<>();
        String key = text(request, "AccountKey", true, problems);
        String secret = text(request, "AccountSecret", true, problems);
        String endpoint = text(request, "ApiEndpoint", false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        IssuedTokens issued = tokens.byClientSecret(canonicalKey(key), secret, endpoint);
        return new TokenAnswer(issued.accessToken(), true, EXPIRY.format(issued.expiresAt()), endpoint);
    }

    /** The spelling an older version of the spec used. */
    @POST
    @Path("/OAuth2/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mpaasCreateTokenOldSpelling", summary = "The same as POST /v1.0/oauth2/tokens", description = "The same as POST /v1.0/oauth2/tokens, under the spelling older clients use.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasToken")))
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasTokenRequest")))
    public TokenAnswer tokenOldSpelling(byte[] body) {
        return token(body);
    }

    /** The docs also write an aggregator's key as AID-…: the same key as AGID-…. */
    static String canonicalKey(String key) {
        return key.regionMatches(true, 0, "AID-", 0, 4) ? "AGID-" + key.substring(4) : key;
    }

    private static String text(ObjectNode request, String name, boolean required, List<Violation> problems) {
        JsonNode value = request.get(name);
        if (value == null || value.isNull() || value.isTextual() && value.textValue().isBlank()) {
            if (required) {
                problems.add(Violation.required(name));
            }
            return null;
        }
        if (!value.isTextual()) {
            problems.add(Violation.invalidType(name, "a string"));
            return null;
        }
        if (value.textValue().length() > MAX_TEXT) {
            problems.add(new Violation(name, Violation.INVALID_VALUE, "must be at most " + MAX_TEXT + " characters"));
            return null;
        }
        return value.textValue();
    }

    /** The longest key, secret or endpoint read (the document's maxLength): an endpoint is echoed and signed into the token. */
    static final int MAX_TEXT = 255;
}
