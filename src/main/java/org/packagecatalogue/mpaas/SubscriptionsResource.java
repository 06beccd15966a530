package org.packagecatalogue.mpaas;

import org.packagecatalogue.platform.RetriedReads;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.packagecatalogue.platform.Idempotent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.packagecatalogue.auth.CallerTenant;
import org.packagecatalogue.auth.Roles;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.subscriptions.Subscriptions;
import org.packagecatalogue.platform.JsonBodies;
import org.packagecatalogue.platform.IdempotentWrites;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** Selling a package to a subscriber, and cancelling the sale. */
@Path("/v1.0/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.WRITE)
@Tag(name = "Subscriptions (mPaaS dialect)")
@SecurityRequirement(name = "bearer")
@RetriedReads
public class SubscriptionsResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    CallerTenant caller;

    @Inject
    JsonBodies bodies;


    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mpaasSubscribe", summary = "Subscribe a subscriber to a package",
            description = "Required: SubscriberId (TSUID-…), PackageId. Optional: TNID (NID-…), ICCID, Type. The subscription keeps"
                    + " the package's price and billing cycle of today; later package updates apply to new subscriptions only.")
    @Parameter(name = IdempotentWrites.HEADER, in = ParameterIn.HEADER, description = IdempotentWrites.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @Idempotent
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "Subscription")))
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasSubscribe")))
    public Response subscribe(byte[] body) {
        return Response.ok(sell(body)).build();
    }

    private MpaasRecords.Sold sell(byte[] body) {
        ObjectNode request = bodies.object(body);
        String subscriber = MpaasIds.SUBSCRIBER.asSent("SubscriberId", required(request, "SubscriberId"));
        UUID pkg = MpaasIds.PACKAGE.parse("PackageId", required(request, "PackageId"));
        String tnid = optional(request, "TNID");
        String number = tnid == null ? null : MpaasRecords.Ids.NUMBER.asSent("TNID", tnid);
        return MpaasRecords.Sold.of(subscriptions.sell(caller.get(),
                new Subscriptions.Sale(subscriber, pkg, number, optional(request, "ICCID"), optional(request, "Type"))));
    }

    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mpaasCancelSubscription", summary = "Cancel a subscription", description = "Required: SubscriptionId (SUB-…). A cancelled subscription no longer holds its package.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "Subscription")))
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasSubscriptionRef")))
    public MpaasRecords.Sold cancel(byte[] body) {
        ObjectNode request = bodies.object(body);
        UUID id = MpaasRecords.Ids.SUBSCRIPTION.parse("SubscriptionId", required(request, "SubscriptionId"));
        return MpaasRecords.Sold.of(subscriptions.cancel(caller.get(), id));
    }

    static String required(ObjectNode request, String name) {
        String value = optional(request, name);
        if (value == null) {
            throw new InvalidRequestException(Violation.required(name));
        }
        return value;
    }

    static String optional(ObjectNode request, String name) {
        JsonNode value = request.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidRequestException(Violation.invalidType(name, "a string"));
        }
        return value.textValue().isBlank() ? null : value.textValue();
    }
}
