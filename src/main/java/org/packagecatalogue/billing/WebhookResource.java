package org.packagecatalogue.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.packagecatalogue.auth.CallerTenant;
import org.packagecatalogue.auth.Roles;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.webhooks.Delivery;
import org.packagecatalogue.catalogue.webhooks.WebhookEndpoint;
import org.packagecatalogue.catalogue.webhooks.Webhooks;
import org.packagecatalogue.platform.JsonBodies;
import org.packagecatalogue.platform.TrackingIds;
import org.packagecatalogue.platform.WebhookSpecs;

/** The billing dialect's Webhook endpoints: an owner's webhook endpoints and their deliveries, in billing envelopes. */
@Path("/ResourceServer/api/v10/Webhook")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.WRITE)
@Tag(name = "Webhook (billing dialect)")
@SecurityRequirement(name = "bearer")
public class WebhookResource {

    @Schema(name = "BillingWebhook", description = "One of the caller's webhook endpoints; its secret is never shown again")
    public record WebhookView(
            long identity,
            String url,
            List<String> eventTypes,
            @Schema(nullable = true) String description,
            boolean includeDistributors,
            boolean enabled,
            @Schema(nullable = true, description = "Why it was disabled: by its owner, or after failing for too long") String disabledReason,
            @Schema(nullable = true) Instant disabledAt,
            @Schema(nullable = true, description = "Since when every delivery has failed") Instant failingSince,
            Instant created) {

        static WebhookView of(WebhookEndpoint w) {
            return new WebhookView(w.id, w.url, w.eventTypes, w.description, w.includeDistributors, w.enabled, w.disabledReason,
                    w.disabledAt, w.failingSince, w.created);
        }
    }

    @Schema(name = "BillingWebhookWithSecret", description = "An endpoint and its signing secret (whsec_…), shown only this once",
            requiredProperties = {"identity", "url", "eventTypes", "description", "includeDistributors", "enabled", "disabledReason",
                    "disabledAt", "failingSince", "created", "secret"})
    public record WithSecretView(@JsonUnwrapped WebhookView webhook, @JsonProperty("secret") String secret) {

        static WithSecretView of(Webhooks.WithSecret w) {
            return new WithSecretView(WebhookView.of(w.endpoint()), w.secret());
        }

        @Override
        public String toString() {
            return "WithSecretView[" + webhook.identity() + "]"; // never the secret
        }
    }

    @Schema(name = "BillingWebhookDelivery", description = "One event for the endpoint and how its delivery went")
    public record DeliveryView(
            @Schema(description = "The webhook-id header it is sent with, every time") String identity,
            String type,
            String objectType,
            String objectId,
            @Schema(enumeration = {"pending", "delivered", "failed"}) String status,
            int attempts,
            @Schema(nullable = true) Integer lastStatusCode,
            @Schema(nullable = true) String lastError,
            @Schema(nullable = true) Instant lastAttemptAt,
            @Schema(nullable = true) Instant deliveredAt,
            Instant nextAttemptAt,
            Instant created) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id().toString(), d.type(), d.objectType(), d.objectId(), d.status(), d.attempts(), d.lastStatus(),
                    d.lastError(), d.lastAttemptAt(), d.deliveredAt(), d.nextAttemptAt(), d.created());
        }
    }

    @Inject
    Webhooks webhooks;

    @Inject
    CallerTenant caller;

    @Inject
    JsonBodies bodies;

    @Inject
    TrackingIds trackingIds;

    @GET
    @Path("/")
    @Operation(operationId = "listWebhooks", summary = "Retrieve the caller's Webhook objects", description = "Every endpoint of the calling owner, oldest first. Never a secret.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingWebhookList")))
    public BillingEnvelopes.Items<WebhookView> list() {
        List<WebhookView> items = webhooks.list(caller.get()).stream().map(WebhookView::of).toList();
        return new BillingEnvelopes.Items<>(trackingIds.current(), items.size(), items);
    }

    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a Webhook object",
            description = "Required: url (https; http only where catalogue.webhooks.allow-http). Optional: eventTypes (default [\"*\"]:"
                    + " \"package.updated\", \"package.*\", \"*\"), description, includeDistributors (an aggregator's endpoint also receives"
                    + " its distributors' events). A URL that resolves to a loopback, link-local, private or metadata address is refused."
                    + " Answers the signing secret (whsec_…), shown only this once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingWebhookRequest")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingWebhookCreated")))
    public BillingEnvelopes.Write<WithSecretView> create(byte[] body) {
        Webhooks.WithSecret made = webhooks.register(caller.get(), BillingWebhookDialect.NAME, spec(body));
        return new BillingEnvelopes.Write<>(trackingIds.current(), "create", BillingEnvelopes.Results.of(List.of(WithSecretView.of(made))));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Retrieve a Webhook object by its ID", description = "One of the caller's endpoints; never its secret.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingWebhookInstance")))
    public BillingEnvelopes.Instance<WebhookView> get(@PathParam("id") String id) {
        return new BillingEnvelopes.Instance<>(trackingIds.current(), WebhookView.of(webhooks.get(caller.get(), PackageResource.parseId(id))));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Update a Webhook object", description = "Only the fields sent change (url, eventTypes, description, includeDistributors).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingWebhookRequest")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingWebhookWrite")))
    public BillingEnvelopes.Write<WebhookView> update(@PathParam("id") String id, byte[] body) {
        return written("update", webhooks.update(caller.get(), PackageResource.parseId(id), spec(body)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a Webhook object", description = "Its events go with it.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingRemovalReport")))
    public BillingEnvelopes.Write<BillingEnvelopes.Removed> delete(@PathParam("id") String id) {
        long identity = PackageResource.parseId(id);
        webhooks.delete(caller.get(), identity);
        return new BillingEnvelopes.Write<>(trackingIds.current(), "delete", BillingEnvelopes.Results.of(List.of(
                new BillingEnvelopes.Removed(identity, null, null, null, "deleted", WebhookEndpoint.OBJECT_TYPE))));
    }

    @POST
    @Path("/{id}/Disable")
    @Operation(operationId = "disableWebhook", summary = "Stop sending to a Webhook object", description = "No new event is written for it while it is disabled; its pending events wait.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingWebhookWrite")))
    public BillingEnvelopes.Write<WebhookView> disable(@PathParam("id") String id) {
        return written("update", webhooks.disable(caller.get(), PackageResource.parseId(id)));
    }

    @POST
    @Path("/{id}/Enable")
    @Operation(operationId = "enableWebhook", summary = "Send to a Webhook object again", description = "Its pending events are sent at once; one disabled for failing starts afresh.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingWebhookWrite")))
    public BillingEnvelopes.Write<WebhookView> enable(@PathParam("id") String id) {
        return written("update", webhooks.enable(caller.get(), PackageResource.parseId(id)));
    }

    @POST
    @Path("/{id}/Rotate")
    @Operation(operationId = "rotateWebhookSecret", summary = "Give a Webhook object a new signing secret",
            description = "Answers the new secret, shown only this once; events carry a signature by the previous secret beside the new"
                    + " one's for catalogue.webhooks.rotation-grace (24 hours), then the new one's alone.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingWebhookCreated")))
    public BillingEnvelopes.Write<WithSecretView> rotate(@PathParam("id") String id) {
        Webhooks.WithSecret rotated = webhooks.rotate(caller.get(), PackageResource.parseId(id));
        return new BillingEnvelopes.Write<>(trackingIds.current(), "update", BillingEnvelopes.Results.of(List.of(WithSecretView.of(rotated))));
    }

    @GET
    @Path("/{id}/Deliveries")
    @Operation(operationId = "getWebhookDeliveries", summary = "The deliveries of a Webhook object, newest first",
            description = "The last 100 events for the endpoint: each one's status (pending, delivered, failed), attempts, the last"
                    + " answer's status code and error, and when.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingWebhookDeliveryList")))
    public BillingEnvelopes.Items<DeliveryView> deliveries(@PathParam("id") String id) {
        List<DeliveryView> items = webhooks.deliveries(caller.get(), PackageResource.parseId(id), 100).stream().map(DeliveryView::of).toList();
        return new BillingEnvelopes.Items<>(trackingIds.current(), items.size(), items);
    }

    @POST
    @Path("/{id}/Deliveries/{deliveryId}/Redeliver")
    @Operation(operationId = "redeliverWebhookEvent", summary = "Send an event again",
            description = "The event is sent again as soon as the sender can, with the same webhook-id.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingWebhookDeliveryInstance")))
    public BillingEnvelopes.Instance<DeliveryView> redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        UUID delivery;
        try {
            delivery = UUID.fromString(deliveryId);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(new Violation("deliveryId", Violation.MALFORMED, "must be a delivery's identity (a UUID)"));
        }
        return new BillingEnvelopes.Instance<>(trackingIds.current(), DeliveryView.of(webhooks.redeliver(caller.get(), PackageResource.parseId(id), delivery)));
    }

    private BillingEnvelopes.Write<WebhookView> written(String type, WebhookEndpoint endpoint) {
        return new BillingEnvelopes.Write<>(trackingIds.current(), type, BillingEnvelopes.Results.of(List.of(WebhookView.of(endpoint))));
    }

    private Webhooks.Spec spec(byte[] body) {
        return WebhookSpecs.read(bodies.object(body), BillingFieldNames::of);
    }
}
