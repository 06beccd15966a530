package org.packagecatalogue.mpaas;

import jakarta.ws.rs.core.StreamingOutput;
import org.packagecatalogue.platform.RetriedReads;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.packagecatalogue.platform.Idempotent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.packagecatalogue.catalogue.packages.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.packagecatalogue.auth.CallerTenant;
import org.packagecatalogue.auth.Roles;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.packages.PackageItems;
import org.packagecatalogue.catalogue.packages.PackageOffers;
import org.jboss.resteasy.reactive.RestResponse;
import org.packagecatalogue.catalogue.packages.PackageOffer;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.packages.PackageField;
import org.packagecatalogue.catalogue.packages.PackageServiceField;
import org.packagecatalogue.catalogue.packages.SaleField;
import org.packagecatalogue.platform.EntityTags;
import jakarta.ws.rs.core.Response;
import org.packagecatalogue.platform.IdempotentWrites;
import org.packagecatalogue.platform.JsonBodies;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** The mPaaS dialect's packages: the same catalogue as the billing dialect's, translated. */
@Path("/v1.0/packages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READ)
@Tag(name = "Packages (mPaaS dialect)")
@SecurityRequirement(name = "bearer")
@RetriedReads
public class PackagesResource {

    /** Names this dialect's rendering of the package list ({"Packages": [MpaasPackage, …]}) among a kept list's. */
    private static final String PACKAGE_LIST = "mpaas:Packages";

    @Inject
    org.packagecatalogue.catalogue.changes.History history;

    @Inject
    PackageOffers offers;

    @Inject
    org.packagecatalogue.platform.JsonStreams streams;

    @Inject
    PackageItems items;


    @Inject
    org.packagecatalogue.catalogue.subscriptions.Subscriptions subscriptions;

    @Inject
    CallerTenant caller;

    @Inject
    JsonBodies bodies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "mpaasCreatePackage", summary = "Create a package", description = "Required: PackageName, Type, Price (a number or a numeric string), Monthly."
            + " Optional: Description, SubscriberId.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MpaasPackageCreate"), examples = @ExampleObject(name = "create",
            value = "{\"PackageName\": \"Package 10\", \"Description\": \"Package 10 Description\", \"Type\": \"sip\", \"Price\": 300.0, \"Monthly\": true}")))
    @Parameter(name = IdempotentWrites.HEADER, in = ParameterIn.HEADER, description = IdempotentWrites.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @Idempotent
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasPackage")))
    public Response create(byte[] body) {
        ObjectNode request = bodies.object(body);
        List<Draft<PackageServiceField>> orders = itemOrders(request.get("PackageItems"));
        return Response.ok(MpaasPackage.of(offers.create(caller.get(), MpaasDraftReader.read(request, PackageField.class),
                MpaasDraftReader.read(request, SaleField.class), orders), Instant.now())).build();
    }

    /** PackageItems: [{ProductId, Price, Monthly, Type}], products to add as the new package's items. */
    private static List<Draft<PackageServiceField>> itemOrders(JsonNode list) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new InvalidRequestException(Violation.invalidType("PackageItems", "a list of {ProductId, Price, Monthly, Type}"));
        }
        List<Draft<PackageServiceField>> orders = new java.util.ArrayList<>();
        for (JsonNode entry : list) {
            if (!entry.isObject()) {
                throw new InvalidRequestException(Violation.invalidType("PackageItems", "a list of {ProductId, Price, Monthly, Type}"));
            }
            orders.add(MpaasDraftReader.read((ObjectNode) entry, PackageServiceField.class));
        }
        return orders;
    }

    @POST
    @Path("/update")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "mpaasUpdatePackage", summary = "Update Package", description = "Only the fields sent change. Subscriptions already sold keep their terms.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MpaasPackageUpdate"), examples = @ExampleObject(name = "update",
            value = "{\"PackageId\": \"PID-a56cf783-c249-42fa-bf52-529e5886cdd4\", \"PackageName\": \"Package 10\", \"Description\": \"Package 10 Description\","
                    + " \"SubscriberId\": \"TSUID-A2AD6FB7-2D53-40CE-96E4-EBB7F7C54509\", \"Type\": \"sip\", \"Price\": 300.0, \"Monthly\": true}")))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MpaasPackage"), examples = @ExampleObject(name = "updated",
            value = "{\"PackageId\": \"PID-a56cf783-c249-42fa-bf52-529e5886cdd4\", \"PackageName\": \"Package 5 Updated\","
                    + " \"DistributorId\": \"DID-1e24785a-3f3c-4db1-89d7-956d80fd0a12\", \"AggregatorId\": \"AGID-a49349fb-170e-44bf-b61e-dcc65a3fea1a\","
                    + " \"SubscriberId\": \"TSUID-A2AD6FB7-2D53-40CE-96E4-EBB7F7C54509\", \"Type\": \"sip\", \"Price\": 250, \"Monthly\": false, \"Active\": true}")))
    public RestResponse<MpaasPackage> update(@HeaderParam(EntityTags.IF_MATCH) String ifMatch, byte[] body) {
        ObjectNode request = bodies.object(body);
        UUID id = packageId(request);
        PackageOffer updated = offers.update(caller.get(), id, MpaasDraftReader.read(request, PackageField.class),
                MpaasDraftReader.read(request, SaleField.class), EntityTags.expected(ifMatch));
        return RestResponse.ResponseBuilder.ok(MpaasPackage.of(updated, Instant.now()))
                .header(EntityTags.ETAG, EntityTags.of(updated.pkg().version)).build();
    }

    @GET
    @Operation(operationId = "mpaasGetPackages", summary = "One package (PackageId), or the caller's packages (Filter=All|Active|Inactive)", description = "With PackageId, that package (its ETag is its version); without, the caller's packages, filtered by Filter (all, active, inactive).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasPackageOrMpaasPackageList")))
    public RestResponse<Object> get(@QueryParam("PackageId") String packageId, @QueryParam("Filter") String filter) {
        Instant now = Instant.now();
        if (packageId != null) {
            PackageOffer offer = offers.get(caller.get(), MpaasIds.PACKAGE.parse("PackageId", packageId));
            return RestResponse.ResponseBuilder.<Object>ok(MpaasPackage.withDescription(offer, now))
                    .header(EntityTags.ETAG, EntityTags.of(offer.pkg().version)).build();
        }
        return RestResponse.ok(MpaasRecords.streamed(streams, PACKAGE_LIST, "Packages", offers.list(caller.get(), filter(filter), now),
                MpaasPackage::of));
    }

    @POST
    @Path("/delete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "mpaasDeletePackage", summary = "Delete a package", description = "Refused with 409 while an active subscription uses it.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasPackageDeleted")))
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasPackageRef")))
    public Map<String, Object> delete(@HeaderParam(EntityTags.IF_MATCH) String ifMatch, byte[] body) {
        ObjectNode request = bodies.object(body);
        UUID id = packageId(request);
        offers.delete(caller.get(), id, EntityTags.expected(ifMatch));
        return Map.of("PackageId", MpaasIds.PACKAGE.format(id), "Deleted", true);
    }

    @GET
    @Path("/history")
    @Operation(operationId = "mpaasGetPackageHistory", summary = "The history of a package and its items, newest first",
            description = "Every committed change of the package (PackageId), of its items, prices and subscriptions: who made it (AccountKey),"
                    + " when, the TrackingId of the request, the Action and each changed field before and after, in this dialect's names."
                    + " Also for a deleted package. PageNumber (from 1) and PageSize (1 to 1000, default 100).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasHistory")))
    public StreamingOutput history(@QueryParam("PackageId") String packageId, @QueryParam("PageNumber") String pageNumber,
                                        @QueryParam("PageSize") String pageSize) {
        UUID id = MpaasIds.PACKAGE.parse("PackageId", SubscriptionsResource.required(query("PackageId", packageId), "PackageId"));
        PageRequest request = MpaasHistory.page(pageNumber, pageSize);
        return streams.paced(MpaasHistory.History.of(MpaasIds.PACKAGE.format(id), request,
                history.of(caller.get(), org.packagecatalogue.catalogue.packages.PackageCatalogue.OBJECT_TYPE, id, request)));
    }

    @GET
    @Path("/items")
    @Operation(operationId = "mpaasGetPackageItems", summary = "The items (products at their prices) of a package", description = "The package's items (products at the package's own price), oldest first.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "PackageItems")))
    public MpaasRecords.Items items(@QueryParam("PackageId") String packageId) {
        UUID id = MpaasIds.PACKAGE.parse("PackageId", SubscriptionsResource.required(query("PackageId", packageId), "PackageId"));
        PackageItems.Listing listing = items.of(caller.get(), id);
        return new MpaasRecords.Items(MpaasIds.PACKAGE.format(id), listing.items().stream()
                .map(ps -> MpaasRecords.Item.of(ps, listing.offer().pkg().owner, id)).toList());
    }

    @POST
    @Path("/items/add")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "mpaasAddPackageItem", summary = "Add a product to a package as an item",
            description = "Required: PackageId, ProductId (PRID-…). Optional: Price (a number or a numeric string), Monthly, Type.")
    @Parameter(name = IdempotentWrites.HEADER, in = ParameterIn.HEADER, description = IdempotentWrites.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @Idempotent
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "PackageItem")))
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasPackageItemAdd")))
    public Response addItem(byte[] body) {
        return Response.ok(item(body)).build();
    }

    private MpaasRecords.Item item(byte[] body) {
        ObjectNode request = bodies.object(body);
        UUID pkg = packageId(request);
        var added = items.add(caller.get(), pkg, MpaasDraftReader.read(request, PackageServiceField.class));
        return MpaasRecords.Item.of(added, added.pkg.owner, pkg); // the package, owner and parent were loaded by add
    }

    @POST
    @Path("/items/delete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "mpaasDeletePackageItem", summary = "Remove an item from its package (the product stays)", description = "Required: PackageItemId (PIID-…).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasPackageItemDeleted")))
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasPackageItemRef")))
    public Map<String, Object> deleteItem(byte[] body) {
        ObjectNode request = bodies.object(body);
        UUID item = MpaasRecords.Ids.ITEM.parse("PackageItemId", SubscriptionsResource.required(request, "PackageItemId"));
        items.remove(caller.get(), item);
        return Map.of("PackageItemId", MpaasRecords.Ids.ITEM.format(item), "Deleted", true);
    }

    @GET
    @Path("/subscriptions")
    @Operation(operationId = "mpaasGetPackageSubscriptions", summary = "A package's fields and its subscriptions, each with the price it was sold at", description = "The package's fields, then its subscriptions.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "PackageWithSubscriptions")))
    public MpaasRecords.PackageWithSubscriptions subscriptions(@QueryParam("PackageId") String packageId) {
        UUID id = MpaasIds.PACKAGE.parse("PackageId", SubscriptionsResource.required(query("PackageId", packageId), "PackageId"));
        var sold = subscriptions.ofPackage(caller.get(), id);
        return new MpaasRecords.PackageWithSubscriptions(MpaasPackage.of(sold.offer(), Instant.now()),
                sold.subscriptions().stream().map(MpaasRecords.Sold::of).toList());
    }

    /** A query parameter as a one-field body, so that required-ness reads the same everywhere. */
    private static ObjectNode query(String name, String value) {
        ObjectNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        if (value != null) {
            node.put(name, value);
        }
        return node;
    }

    private static UUID packageId(ObjectNode request) {
        JsonNode id = request.get("PackageId");
        if (id == null || id.isNull()) {
            throw new InvalidRequestException(Violation.required("PackageId"));
        }
        return MpaasIds.PACKAGE.parse("PackageId", id.asText());
    }

    private static PackageOffers.Filter filter(String filter) {
        if (filter == null || filter.isBlank()) {
            return PackageOffers.Filter.ALL;
        }
        try {
            return PackageOffers.Filter.valueOf(filter.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(new Violation("Filter", Violation.INVALID_VALUE, "must be All, Active or Inactive"));
        }
    }
}
