package org.packagecatalogue.mpaas;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.packagecatalogue.auth.CallerTenant;
import org.packagecatalogue.auth.Onboarding;
import org.packagecatalogue.auth.Roles;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.platform.JsonBodies;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An aggregator onboards a distributor (the mPaaS API's own call). */
@Path("/v1.0/distributor/create")
@Tag(name = "Distributors (mPaaS dialect)")
@SecurityRequirement(name = "bearer")
public class DistributorResource {

    @Schema(name = "NewDistributor", description = "The new distributor and its credentials: the Secret is shown only here")
    public record NewDistributorAnswer(
            @JsonProperty("DistributorId") String distributorId,
            @JsonProperty("AccountKey") String accountKey,
            @JsonProperty("Secret") String secret) {
    }

    @Inject
    Onboarding onboarding;

    @Inject
    CallerTenant caller;

    @Inject
    JsonBodies bodies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ONBOARD)
    @Operation(operationId = "mpaasCreateDistributor", summary = "Create a distributor below the calling aggregator",
            description = "Answers the distributor's id and its AccountKey and Secret (its client_id and client_secret)."
                    + " The secret is shown only this once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MpaasDistributorCreate"),
            examples = @ExampleObject(name = "create", value = "{\"DistributorName\": \"Acme Mobile\"}")))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NewDistributor"), examples = @ExampleObject(name = "created",
            value = "{\"DistributorId\": \"DID-1e24785a-3f3c-4db1-89d7-956d80fd0a12\", \"AccountKey\": \"DID-1e24785a-3f3c-4db1-89d7-956d80fd0a12\","
                    + " \"Secret\": \"q3Jx0m1w9c8nK2pQ7vR4sT6uY5zA1bC3dE5fG7hI9jK\"}")))
    public NewDistributorAnswer create(byte[] body) {
        JsonNode name = bodies.object(body).get("DistributorName");
        if (name == null || name.isNull()) {
            throw new InvalidRequestException(new Violation("DistributorName", Violation.REQUIRED, "is required"));
        }
        if (!name.isTextual()) {
            throw new InvalidRequestException(Violation.invalidType("DistributorName", "a string"));
        }
        if (name.textValue().isBlank()) {
            throw new InvalidRequestException(new Violation("DistributorName", Violation.REQUIRED, "must not be blank"));
        }
        Onboarding.NewDistributor created = onboarding.onboardDistributor(caller.get(), name.textValue());
        return new NewDistributorAnswer(created.distributorId(), created.accountKey(), created.secret());
    }
}
