package org.packagecatalogue.billing;

import org.packagecatalogue.platform.RetriedReads;
import org.packagecatalogue.platform.JsonStreams;
import org.packagecatalogue.catalogue.Listing;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.packagecatalogue.platform.HeldInTurn;
import org.packagecatalogue.platform.Idempotent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.packagecatalogue.platform.RawJson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.packagecatalogue.auth.CallerTenant;
import org.packagecatalogue.auth.Roles;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.packages.DeletionReport;
import org.packagecatalogue.catalogue.packages.Page;
import org.packagecatalogue.catalogue.packages.PackageCatalogue;
import org.packagecatalogue.catalogue.packages.CataloguePackage;
import org.packagecatalogue.catalogue.packages.PageRequest;
import org.packagecatalogue.catalogue.packages.PackageField;
import org.packagecatalogue.catalogue.packages.PackageDetail;
import org.packagecatalogue.catalogue.packages.PackageDetails;
import org.packagecatalogue.catalogue.packages.PackagePatch;
import org.packagecatalogue.catalogue.packages.PackageSearcher;
import org.packagecatalogue.catalogue.packages.PackageSummary;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.core.Response;
import org.packagecatalogue.platform.EntityTags;
import org.packagecatalogue.platform.IdempotentWrites;
import org.packagecatalogue.platform.JsonBodies;
import org.packagecatalogue.platform.TrackingIds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** The billing dialect's Package endpoints: translation only; the rules live in {@link PackageCatalogue}. */
@Path("/ResourceServer/api/v10/Package")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READ)
@Tag(name = "Package (billing dialect)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Missing, expired or invalid bearer token",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "unauthorized", ref = "billingUnauthorized")))
@RetriedReads
public class PackageResource {

    @Inject
    PackageCatalogue catalogue;

    @Inject
    CallerTenant caller;

    @Inject
    TrackingIds trackingIds;

    @Inject
    JsonBodies bodies;

    @Inject
    ObjectMapper mapper;

    @Inject
    PackageDetails details;

    @Inject
    org.packagecatalogue.catalogue.changes.History history;


    @Inject
    PackageSearcher searcher;

    @Inject
    JsonStreams streams;


    /** The fields a search may ask back: those of the Package object. */
    static final Set<String> VIEW_FIELDS = FieldProjection.fieldsOf(PackageView.class);

    @GET
    @Path("/")
    @Operation(operationId = "listPackages", summary = "Retrieve all of the Package objects", description = "The caller's packages (its own and, for an aggregator, its distributors'), by identity, up to the list limit; totalCount is the true total.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingPackageList"),
            examples = @ExampleObject(name = "list", ref = "billingPackageList")))
    public StreamingOutput list() {
        return items(catalogue.list(caller.get()));
    }

    @GET
    @Path("/Paged")
    @Operation(operationId = "getPackagesPaged", summary = "Retrieve the Package objects a page at a time",
            description = "Paging comes from the Pagination header (JSON) or the query parameters of the same names."
                    + " Defaults: pageNumber 1, pageSize 20, excludeTotalCount false; pageSize at most 1000. Ordered by identity.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingPackagePaged"),
            examples = @ExampleObject(name = "paged", ref = "billingPackagePaged")))
    @APIResponse(responseCode = "400", description = "Bad paging parameters", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "badPaging", ref = "billingBadPaging")))
    public StreamingOutput paged(
            @BeanParam PagingParams paging) {
        PageRequest request = paging.request(mapper);
        return streams.paced(paged(request, catalogue.page(caller.get(), request), PackageView::of));
    }

    @GET
    @Path("/Paged/Detail")
    @Operation(operationId = "getPackagesPagedDetail", summary = "Retrieve the Package objects a page at a time, each with all its details",
            description = "Paging as for Package/Paged. Services (with their usage buckets and tiers), frequencies and"
                    + " currencies of the whole page are read in a fixed number of statements, whatever the page size.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingPackageDetailPaged"),
            examples = @ExampleObject(name = "pagedDetail", ref = "billingPackagePagedDetail")))
    @HeldInTurn
    public StreamingOutput pagedDetail(
            @BeanParam PagingParams paging) {
        PageRequest request = paging.request(mapper);
        return streams.paced(paged(request, details.page(caller.get(), request), this::detailView));
    }

    @GET
    @Path("/{id}/Detail")
    @Operation(operationId = "getPackageDetail", summary = "Retrieve deep detail of the Package object by its ID",
            description = "services (each with details.usageBuckets, each with details.tiers), frequencies, currencies."
                    + " The ETag covers the package's version and the versions of the services it shows (\"7.12\"): a renamed service"
                    + " changes it. As If-Match on a change of the package, it names the package's version.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingPackageDetailInstance"),
            examples = @ExampleObject(name = "detail", ref = "billingPackageDetail")))
    @HeldInTurn
    public RestResponse<BillingEnvelopes.Instance<RawJson>> detail(@PathParam("id") String id) {
        PackageDetail detail = details.get(caller.get(), parseId(id));
        return RestResponse.ResponseBuilder.ok(new BillingEnvelopes.Instance<>(trackingIds.current(), detailView(detail)))
                .header(EntityTags.ETAG, EntityTags.ofDetail(detail.pkg().version(), detail.shownServicesVersion())).build();
    }

    /** A package with its details, as this dialect shows it: rendered once while the package and its contents are kept. */
    private RawJson detailView(PackageDetail detail) {
        return new RawJson(detail.rendered(ContentViews.PackageDetailView.class, d -> {
            try {
                return mapper.writeValueAsBytes(ContentViews.PackageDetailView.of(d));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    @GET
    @Path("/{id}/History")
    @Operation(operationId = "getPackageHistory", summary = "The history of a Package object and everything it holds, newest first",
            description = "Every committed change of the package, of its services, frequencies, currencies, usage buckets and tiers, and"
                    + " of its subscriptions: who made it (clientId), when, the trackingId of the request, the action and each changed field"
                    + " before and after, in this dialect's names. Also for a deleted package. Paging as for Package/Paged.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingHistoryPaged")))
    public StreamingOutput history(@PathParam("id") String id, @BeanParam PagingParams paging) {
        PageRequest request = paging.request(mapper);
        return streams.paced(paged(request, history.of(caller.get(), PackageCatalogue.OBJECT_TYPE, parseId(id), request), HistoryViews.Entry::of));
    }

    @GET
    @Path("/AvailableFor/Currency/{id}")
    @Operation(operationId = "listPackagesAvailableForCurrency", summary = "Retrieve Package objects that are available for the specified Currency",
            description = "The caller's packages linked to the currency (by its ISO 4217 numeric id, e.g. 840 for USD)"
                    + " and available now: start <= now < expiry, where set.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingPackageList")))
    public StreamingOutput availableForCurrency(@PathParam("id") String currencyId) {
        return items(catalogue.availableForCurrency(caller.get(), parseId(currencyId), Instant.now()));
    }

    @GET
    @Path("/AvailableFor/SharePlan/Participation")
    @Operation(operationId = "listPackagesAvailableForSharePlanParticipation", summary = "Internal endpoint that is not currently used", description = "Always an empty list.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingPackageList")))
    public BillingEnvelopes.Items<PackageView> availableForSharePlanParticipation() {
        return new BillingEnvelopes.Items<>(trackingIds.current(), 0, List.of());
    }

    @POST
    @Path("/Search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchPackages", summary = "Search the Package objects",
            description = "Body {query: {top, fields, search: [{name, operator, value, condition}], orderBy: [{name, direction}],"
                    + " pagination: {pageNumber, pageSize}}}. Operators eq, notEq, lt, ltEq, gt, gtEq, contains (text);"
                    + " condition and/or (and binds tighter); top defaults to 100, at most 10000; fields limits the answer's fields."
                    + " An unknown field or operator is a 400 naming it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingSearch"), examples = @ExampleObject(name = "search", ref = "billingPackageSearchRequest")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingPackageSearchPaged")))
    public StreamingOutput search(byte[] body) {
        SearchReader.Read read = SearchReader.read(bodies.object(body), VIEW_FIELDS, BillingFieldNames::packageSearchField);
        return streams.paced(paged(read.search().page(), searcher.search(caller.get(), read.search()),
                p -> FieldProjection.project(mapper, PackageView.of(p), read.fields())));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "patchPackage", summary = "Update or add the Package object and any of its child objects, all in one transaction",
            description = "Collections beside each other: packages, packageServices, packageFrequencies, packageCurrencies,"
                    + " usageBuckets, tiers, each {items: [...]}. Each item: patchType (create, update, delete), patchClientId"
                    + " (yours, echoed in its result and its errors), identity (update, delete), and the object's fields."
                    + " A parent created in the same PATCH is named by its patchClientId in packageServicePatchClientId"
                    + " (usage buckets), usageBucketPatchClientId and packageFrequencyPatchClientId (tiers)."
                    + " All items apply, or none and every error is listed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingPackagePatch"), examples = @ExampleObject(name = "patch", ref = "billingPackagePatchRequest")))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingPatchResults"),
            examples = @ExampleObject(name = "patched", ref = "billingPackagePatched")))
    @Parameter(name = IdempotentWrites.HEADER, in = ParameterIn.HEADER, description = IdempotentWrites.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @Idempotent
    @HeldInTurn
    public Response patch(@PathParam("id") String id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch, byte[] body) {
        return applyPatch(id, ifMatch, body).toResponse();
    }

    private RestResponse<BillingEnvelopes.Write<Object>> applyPatch(String id, String ifMatch, byte[] body) {
        // a PATCH that creates the package may name any id (0 by convention): the path is then moot
        long packageId = "0".equals(id) ? 0 : parseId(id);
        PatchReader.Read read = PatchReader.read(bodies.object(body));
        PackageCatalogue.Patched patched = catalogue.patch(caller.get(), packageId, read.patch(), EntityTags.expected(ifMatch));
        PackagePatch.Outcome outcome = patched.outcome();
        List<Object> items = new ArrayList<>();
        if (outcome.deletion() != null) {
            outcome.deletion().entries().forEach(e -> items.add(removed(e)));
        } else {
            items.addAll(PatchResults.of(outcome, patched.after(), read.clientIds()));
        }
        var answer = new BillingEnvelopes.Write<>(trackingIds.current(), "patch",
                outcome.deletion() != null ? BillingEnvelopes.Results.reported(items) : BillingEnvelopes.Results.of(items));
        return patched.after() == null ? RestResponse.ok(answer) : tagged(answer, patched.after().pkg().version());
    }

    /** An answer about one package, with its version as the ETag. */
    private static <T> RestResponse<T> tagged(T entity, long version) {
        return RestResponse.ResponseBuilder.ok(entity).header(EntityTags.ETAG, EntityTags.of(version)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPackage", summary = "Retrieve an instance of the Package object by its ID", description = "The ETag is the package's version: send it as If-Match on a change to refuse the change (412) if the package has changed since.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingPackageInstance"),
            examples = @ExampleObject(name = "instance", ref = "billingPackageInstance")))
    @APIResponse(responseCode = "404", description = "No such package, or another tenant's", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "notFound", ref = "billingNotFound")))
    public RestResponse<BillingEnvelopes.Instance<PackageView>> get(@PathParam("id") String id) {
        PackageSummary pkg = catalogue.summary(caller.get(), parseId(id));
        return tagged(new BillingEnvelopes.Instance<>(trackingIds.current(), PackageView.of(pkg)), pkg.version());
    }

    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "createPackage", summary = "Create a new instance of the Package object",
            description = "name is required; packageCategoryId defaults to 1 (Default), defaultAccountPackageStatusTypeId to 1 (Enable)."
                    + " Read-only fields (identity, id, ownerId, ownerName, created, ...Name) are ignored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingPackageRequest"), examples = @ExampleObject(name = "create", ref = "billingPackageCreateRequest")))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingPackageWrite"),
            examples = @ExampleObject(name = "created", ref = "billingPackageCreated")))
    @APIResponse(responseCode = "400", description = "Every validation error at once", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "invalid", ref = "billingValidation")))
    @Parameter(name = IdempotentWrites.HEADER, in = ParameterIn.HEADER, description = IdempotentWrites.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @Idempotent
    public Response create(byte[] body) {
        CataloguePackage created = catalogue.create(caller.get(), DraftReader.read(bodies.object(body), PackageField.class));
        return Response.ok(new BillingEnvelopes.Write<>(trackingIds.current(), "create",
                BillingEnvelopes.Results.of(List.of(PackageView.of(created))))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "updatePackage", summary = "Update an existing instance of the Package object", description = "Only the fields sent change.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingPackageRequest"), examples = @ExampleObject(name = "update", ref = "billingPackageUpdateRequest")))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingPackageWrite"),
            examples = @ExampleObject(name = "updated", ref = "billingPackageUpdated")))
    public RestResponse<BillingEnvelopes.Write<PackageView>> update(@PathParam("id") String id,
            @HeaderParam(EntityTags.IF_MATCH) String ifMatch, byte[] body) {
        long packageId = parseId(id);
        CataloguePackage updated = catalogue.update(caller.get(), packageId, DraftReader.read(bodies.object(body), PackageField.class),
                EntityTags.expected(ifMatch));
        return tagged(new BillingEnvelopes.Write<>(trackingIds.current(), "update", BillingEnvelopes.Results.of(List.of(PackageView.of(updated)))),
                updated.version);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "deletePackage", summary = "Delete an instance of the Package object", description = "Answers the record of every object the delete removed.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingRemovalReport"),
            examples = @ExampleObject(name = "deleted", ref = "billingPackageDeleted")))
    public BillingEnvelopes.Write<BillingEnvelopes.Removed> delete(@PathParam("id") String id,
            @HeaderParam(EntityTags.IF_MATCH) String ifMatch) {
        DeletionReport report = catalogue.delete(caller.get(), parseId(id), EntityTags.expected(ifMatch));
        List<BillingEnvelopes.Removed> items = report.entries().stream().map(PackageResource::removed).toList();
        return new BillingEnvelopes.Write<>(trackingIds.current(), "delete", BillingEnvelopes.Results.reported(items));
    }

    static BillingEnvelopes.Removed removed(DeletionReport.Entry e) {
        return switch (e.action()) {
            case DELETED -> new BillingEnvelopes.Removed(e.id(), e.foreignKeyId(), null, null, "deleted", e.objectType());
            case DETACHED -> new BillingEnvelopes.Removed(null, null, e.lhsId(), e.rhsId(), "detached", e.objectType());
        };
    }

    /** An unpaged list: its items (at most the list limit) and the true total, written as they are read. */
    private StreamingOutput items(Listing<PackageSummary> list) {
        return BillingEnvelopes.streamed(streams, trackingIds.current(), list, PackageView::of);
    }

    private <T, V> BillingEnvelopes.Paged<V> paged(PageRequest request, Page<T> page, Function<T, V> view) {
        return BillingEnvelopes.paged(trackingIds.current(), request, page, view);
    }

    static long parseId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequestException(new Violation("id", Violation.INVALID_VALUE, "must be a positive whole number"));
    }
}
