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
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.packagecatalogue.auth.CallerTenant;
import org.packagecatalogue.auth.ClientAccess;
import org.packagecatalogue.auth.ClientManagement;
import org.packagecatalogue.auth.Roles;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.platform.JsonBodies;

/**
 * The caller's own API clients: list, create (read-only or read-write), rotate a secret, revoke. A secret is
 * answered once, by the call that makes it, and never stored in clear (so these calls take no
 * Idempotency-Key: a stored answer would hold the secret).
 */
@Path("/v1.0/clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.WRITE)
@Tag(name = "API clients (mPaaS dialect)")
@SecurityRequirement(name = "bearer")
public class ClientsResource {

    /** The access levels' wire names: read from a create, written in every answer. */
    private static final Map<String, ClientAccess> ACCESS = Map.of("ReadOnly", ClientAccess.READ_ONLY, "ReadWrite", ClientAccess.READ_WRITE);
    private static final Map<ClientAccess, String> ACCESS_NAMES = ACCESS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    @Schema(name = "ApiClient", description = "One of the caller's API clients; its secret is never shown again")
    public record ClientRecord(
            @JsonProperty("AccountKey") String accountKey,
            @JsonProperty("Name") @Schema(nullable = true) String name,
            @JsonProperty("Access") @Schema(enumeration = {"ReadOnly", "ReadWrite"}) String access,
            @JsonProperty("Created") Instant created,
            @JsonProperty("Rotated") @Schema(nullable = true) Instant rotated,
            @JsonProperty("PreviousSecretValidUntil") @Schema(nullable = true, description = "While a rotated client's previous secret still works")
            Instant previousSecretValidUntil,
            @JsonProperty("Revoked") @Schema(nullable = true) Instant revoked) {

        static ClientRecord of(ClientManagement.Client c) {
            return new ClientRecord(c.clientId(), c.name(), ACCESS_NAMES.get(c.access()),
                    c.created(), c.rotated(), c.previousSecretValidUntil(), c.revoked());
        }
    }

    @Schema(name = "ApiClientList")
    public record ClientList(@JsonProperty("Clients") List<ClientRecord> clients) {
    }

    @Schema(name = "ApiClientWithSecret", description = "A client and its new secret (its AccountSecret), shown only this once",
            requiredProperties = {"AccountKey", "Name", "Access", "Created", "Rotated", "PreviousSecretValidUntil", "Revoked", "Secret"})
    public record ClientWithSecret(@JsonUnwrapped ClientRecord client, @JsonProperty("Secret") String secret) {

        static ClientWithSecret of(ClientManagement.WithSecret w) {
            return new ClientWithSecret(ClientRecord.of(w.client()), w.secret());
        }

        @Override
        public String toString() {
            return "ClientWithSecret[" + client.accountKey() + "]"; // never the secret
        }
    }

    @Inject
    ClientManagement clients;

    @Inject
    CallerTenant caller;

    @Inject
    JsonBodies bodies;

    @GET
    @Operation(operationId = "mpaasListClients", summary = "The caller's API clients",
            description = "Every client of the calling owner, oldest first, revoked ones included; never a secret.")
    public ClientList list() {
        return new ClientList(clients.list(caller.get()).stream().map(ClientRecord::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mpaasCreateClient", summary = "Create an API client",
            description = "Required: Access (ReadOnly or ReadWrite). Optional: Name. Answers the AccountKey and Secret to trade"
                    + " for tokens; the secret is shown only this once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiClientCreate"),
            examples = @ExampleObject(name = "create", value = "{\"Name\": \"Reporting\", \"Access\": \"ReadOnly\"}")))
    public ClientWithSecret create(byte[] body) {
        ObjectNode request = bodies.object(body);
        String name = SubscriptionsResource.optional(request, "Name");
        if (name != null && name.length() > 255) {
            throw new InvalidRequestException(new Violation("Name", Violation.TOO_LONG, "must be at most 255 characters"));
        }
        String access = SubscriptionsResource.required(request, "Access");
        if (!ACCESS.containsKey(access)) {
            throw new InvalidRequestException(new Violation("Access", Violation.INVALID_VALUE, "must be ReadOnly or ReadWrite"));
        }
        return ClientWithSecret.of(clients.create(caller.get(), name, ACCESS.get(access)));
    }

    @POST
    @Path("/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mpaasRotateClientSecret", summary = "Give an API client a new secret",
            description = "Required: AccountKey. Answers the new Secret, shown only this once; the previous secret keeps"
                    + " working until PreviousSecretValidUntil (catalogue.clients.rotation-grace), then stops. 409 for a revoked client.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiClientRef")))
    public ClientWithSecret rotate(byte[] body) {
        String key = SubscriptionsResource.required(bodies.object(body), "AccountKey");
        return ClientWithSecret.of(clients.rotate(caller.get(), key));
    }

    @POST
    @Path("/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mpaasRevokeClient", summary = "Revoke an API client",
            description = "Required: AccountKey. The client trades nothing more at either token endpoint, and its tokens are"
                    + " refused: at once on the replica that revoked it, on every other within catalogue.clients.revocation-refresh."
                    + " A client cannot revoke itself (409).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiClientRef")))
    public ClientRecord revoke(byte[] body) {
        String key = SubscriptionsResource.required(bodies.object(body), "AccountKey");
        return ClientRecord.of(clients.revoke(caller.get(), key, caller.clientId()));
    }
}
