package org.packagecatalogue.mpaas;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.packagecatalogue.platform.WebhookSpecs;

/**
 * The caller's webhook endpoints (WHID-…): register, list, read, update, disable, enable, rotate the secret,
 * delete, and the deliveries of one (each of which can be sent again). Events name fields as this dialect does.
 */
@Path("/v1.0/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.WRITE)
@Tag(name = "Webhooks (mPaaS dialect)")
@SecurityRequirement(name = "bearer")
public class WebhooksResource {

    static final MpaasRecords.Prefixed WEBHOOK = new MpaasRecords.Prefixed("WHID");

    @Schema(name = "Webhook", description = "One of the caller's webhook endpoints; its secret is never shown again")
    public record WebhookRecord(
            @JsonProperty("WebhookId") String webhookId,
            @JsonProperty("Url") String url,
            @JsonProperty("EventTypes") List<String> eventTypes,
            @JsonProperty("Description") @Schema(nullable = true) String description,
            @JsonProperty("IncludeDistributors") boolean includeDistributors,
            @JsonProperty("Enabled") boolean enabled,
            @JsonProperty("DisabledReason") @Schema(nullable = true, description = "Why it was disabled: by its owner, or after failing for too long")
            String disabledReason,
            @JsonProperty("DisabledAt") @Schema(nullable = true) Instant disabledAt,
            @JsonProperty("FailingSince") @Schema(nullable = true, description = "Since when every delivery has failed") Instant failingSince,
            @JsonProperty("Created") Instant created) {

        static WebhookRecord of(WebhookEndpoint w) {
            return new WebhookRecord(WEBHOOK.format(w.uid), w.url, w.eventTypes, w.description, w.includeDistributors, w.enabled,
                    w.disabledReason, w.disabledAt, w.failingSince, w.created);
        }
    }

    @Schema(name = "WebhookList")
    public record WebhookList(@JsonProperty("Webhooks") List<WebhookRecord> webhooks) {
    }

    @Schema(name = "WebhookWithSecret", description = "An endpoint and its signing Secret (whsec_…), shown only this once",
            requiredProperties = {"WebhookId", "Url", "EventTypes", "Description", "IncludeDistributors", "Enabled", "DisabledReason",
                    "DisabledAt", "FailingSince", "Created", "Secret"})
    public record WebhookWithSecret(@JsonUnwrapped WebhookRecord webhook, @JsonProperty("Secret") String secret) {

        static WebhookWithSecret of(Webhooks.WithSecret w) {
            return new WebhookWithSecret(WebhookRecord.of(w.endpoint()), w.secret());
        }

        @Override
        public String toString() {
            return "WebhookWithSecret[" + webhook.webhookId() + "]"; // never the secret
        }
    }

    @Schema(name = "WebhookDelivery", description = "One event for the endpoint and how its delivery went")
    public record DeliveryRecord(
            @JsonProperty("DeliveryId") @Schema(description = "The webhook-id header it is sent with, every time") String deliveryId,
            @JsonProperty("Type") String type,
            @JsonProperty("ObjectType") String objectType,
            @JsonProperty("ObjectId") String objectId,
            @JsonProperty("Status") @Schema(enumeration = {"pending", "delivered", "failed"}) String status,
            @JsonProperty("Attempts") int attempts,
            @JsonProperty("LastStatusCode") @Schema(nullable = true) Integer lastStatusCode,
            @JsonProperty("LastError") @Schema(nullable = true) String lastError,
            @JsonProperty("LastAttemptAt") @Schema(nullable = true) Instant lastAttemptAt,
            @JsonProperty("DeliveredAt") @Schema(nullable = true) Instant deliveredAt,
            @JsonProperty("NextAttemptAt") Instant nextAttemptAt,
            @JsonProperty("Created") Instant created) {

        static DeliveryRecord of(Delivery d) {
            return new DeliveryRecord(d.id().toString(), d.type(), d.objectType(), d.objectId(), d.status(), d.attempts(), d.lastStatus(),
                    d.lastError(), d.lastAttemptAt(), d.deliveredAt(), d.nextAttemptAt(), d.created());
        }
    }

    @Schema(name = "WebhookDeliveries")
    public record DeliveryList(@JsonProperty("WebhookId") String webhookId, @JsonProperty("Deliveries") List<DeliveryRecord> deliveries) {
    }

    @Schema(name = "WebhookDeleted")
    public record Deleted(@JsonProperty("WebhookId") String webhookId, @JsonProperty("Deleted") boolean deleted) {
    }

    @Inject
    Webhooks webhooks;

    @Inject
    CallerTenant caller;

    @Inject
    JsonBodies bodies;

    @GET
    @Operation(operationId = "mpaasGetWebhooks", summary = "The caller's webhook endpoints, or one (WebhookId)",
            description = "Without WebhookId, every endpoint of the calling owner, oldest first; with it, that one. Never a secret.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "WebhookOrWebhookList")))
    public Object get(@QueryParam("WebhookId") String webhookId) {
        if (webhookId != null) {
            return WebhookRecord.of(webhooks.get(caller.get(), id("WebhookId", webhookId)));
        }
        return new WebhookList(webhooks.list(caller.get()).stream().map(WebhookRecord::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mpaasCreateWebhook", summary = "Register a webhook endpoint",
            description = "Required: Url (https; http only where catalogue.webhooks.allow-http). Optional: EventTypes (default [\"*\"]:"
                    + " \"package.updated\", \"package.*\", \"*\"), Description, IncludeDistributors (an aggregator's endpoint also"
                    + " receives its distributors' events). A URL that resolves to a loopback, link-local, private or metadata address is"
                    + " refused. Answers the signing Secret (whsec_…), shown only this once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookCreate")))
    public WebhookWithSecret create(byte[] body) {
        return WebhookWithSecret.of(webhooks.register(caller.get(), MpaasWebhookDialect.NAME, spec(bodies.object(body))));
    }

    @POST
    @Path("/update")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mpaasUpdateWebhook", summary = "Change a webhook endpoint",
            description = "Required: WebhookId. Only the fields sent change (Url, EventTypes, Description, IncludeDistributors).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookUpdate")))
    public WebhookRecord update(byte[] body) {
        ObjectNode request = bodies.object(body);
        return WebhookRecord.of(webhooks.update(caller.get(), id(request), spec(request)));
    }

    @POST
    @Path("/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mpaasDisableWebhook", summary = "Stop sending to a webhook endpoint",
            description = "Required: WebhookId. No new event is written for it while it is disabled; its pending events wait.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookRef")))
    public WebhookRecord disable(byte[] body) {
        return WebhookRecord.of(webhooks.disable(caller.get(), id(bodies.object(body))));
    }

    @POST
    @Path("/enable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mpaasEnableWebhook", summary = "Send to a webhook endpoint again",
            description = "Required: WebhookId. Its pending events are sent at once; one disabled for failing starts afresh.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookRef")))
    public WebhookRecord enable(byte[] body) {
        return WebhookRecord.of(webhooks.enable(caller.get(), id(bodies.object(body))));
    }

    @POST
    @Path("/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mpaasRotateWebhookSecret", summary = "Give a webhook endpoint a new signing secret",
            description = "Required: WebhookId. Answers the new Secret, shown only this once; events carry a signature by the previous"
                    + " secret beside the new one's for catalogue.webhooks.rotation-grace (24 hours), then the new one's alone.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookRef")))
    public WebhookWithSecret rotate(byte[] body) {
        return WebhookWithSecret.of(webhooks.rotate(caller.get(), id(bodies.object(body))));
    }

    @POST
    @Path("/delete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mpaasDeleteWebhook", summary = "Delete a webhook endpoint", description = "Required: WebhookId. Its events go with it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookRef")))
    public Deleted delete(byte[] body) {
        UUID id = id(bodies.object(body));
        webhooks.delete(caller.get(), id);
        return new Deleted(WEBHOOK.format(id), true);
    }

    @GET
    @Path("/deliveries")
    @Operation(operationId = "mpaasGetWebhookDeliveries", summary = "The deliveries of a webhook endpoint, newest first",
            description = "Required: WebhookId. At most Limit (1 to 1000, default 100): each event's status (pending, delivered, failed),"
                    + " attempts, the last answer's status code and error, and when.")
    public DeliveryList deliveries(@QueryParam("WebhookId") String webhookId, @QueryParam("Limit") String limit) {
        UUID id = id("WebhookId", SubscriptionsResource.required(query("WebhookId", webhookId), "WebhookId"));
        int max = MpaasHistory.page("1", limit == null ? "100" : limit).pageSize();
        return new DeliveryList(WEBHOOK.format(id), webhooks.deliveries(caller.get(), id, max).stream().map(DeliveryRecord::of).toList());
    }

    @POST
    @Path("/redeliver")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mpaasRedeliverWebhookEvent", summary = "Send an event again",
            description = "Required: WebhookId, DeliveryId. The event is sent again as soon as the sender can, with the same webhook-id.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookRedeliver")))
    public DeliveryRecord redeliver(byte[] body) {
        ObjectNode request = bodies.object(body);
        String delivery = SubscriptionsResource.required(request, "DeliveryId");
        UUID deliveryId;
        try {
            deliveryId = UUID.fromString(delivery);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(new Violation("DeliveryId", Violation.MALFORMED, "must be a delivery's id (a UUID)"));
        }
        return DeliveryRecord.of(webhooks.redeliver(caller.get(), id(request), deliveryId));
    }

    private static Webhooks.Spec spec(ObjectNode body) {
        return WebhookSpecs.read(body, MpaasFieldNames::of);
    }

    private static UUID id(ObjectNode request) {
        return id("WebhookId", SubscriptionsResource.required(request, "WebhookId"));
    }

    private static UUID id(String field, String value) {
        return WEBHOOK.parse(field, value);
    }

    private static ObjectNode query(String name, String value) {
        ObjectNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        if (value != null) {
            node.put(name, value);
        }
        return node;
    }
}
