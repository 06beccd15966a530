package org.packagecatalogue.billing;

import org.packagecatalogue.platform.RetriedReads;
import org.packagecatalogue.platform.JsonStreams;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.RestResponse;
import org.packagecatalogue.catalogue.packages.DeletionReport;
import org.packagecatalogue.catalogue.packages.Page;
import org.packagecatalogue.catalogue.packages.PageRequest;
import org.packagecatalogue.catalogue.services.ServiceSummary;
import org.packagecatalogue.platform.EntityTags;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.packagecatalogue.platform.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.packagecatalogue.auth.CallerTenant;
import org.packagecatalogue.auth.Roles;
import org.packagecatalogue.catalogue.services.CatalogueService;
import org.packagecatalogue.catalogue.services.ServiceCatalogue;
import org.packagecatalogue.catalogue.services.ServiceField;
import org.packagecatalogue.platform.IdempotentWrites;
import org.packagecatalogue.platform.JsonBodies;
import org.packagecatalogue.platform.TrackingIds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** The billable services of the caller's catalogue: what a package's services refer to by serviceId. */
@Path("/ResourceServer/api/v10/Service")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READ)
@Tag(name = "Service (billing dialect)")
@SecurityRequirement(name = "bearer")
@RetriedReads
public class ServiceResource {

    @Inject
    ServiceCatalogue services;

    @Inject
    org.packagecatalogue.catalogue.changes.History history;

    @Inject
    JsonStreams streams;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Inject
    CallerTenant caller;

    @Inject
    TrackingIds trackingIds;

    @Inject
    JsonBodies bodies;

    /** The fields a search may ask back: those of the Service object. */
    static final java.util.Set<String> VIEW_FIELDS = FieldProjection.fieldsOf(ContentViews.CatalogueServiceView.class);


    @GET
    @Path("/")
    @Operation(operationId = "listServices", summary = "Retrieve all of the caller's Service objects", description = "The caller's services, by identity, up to the list limit; totalCount is the true total.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingServiceList")))
    public StreamingOutput list() {
        return BillingEnvelopes.streamed(streams, trackingIds.current(), services.list(caller.get()), BillingViews.MAP::catalogueServiceView);
    }

    @GET
    @Path("/Paged")
    @Operation(operationId = "getServicesPaged", summary = "Retrieve the caller's Service objects a page at a time",
            description = "Paging as for Package/Paged. Ordered by identity.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingServicePaged")))
    public StreamingOutput paged(
            @BeanParam PagingParams paging) {
        PageRequest request = paging.request(mapper);
        Page<ServiceSummary> page = services.page(caller.get(), request);
        return streams.paced(BillingEnvelopes.paged(trackingIds.current(), request, page, BillingViews.MAP::catalogueServiceView));
    }

    @POST
    @Path("/Search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchServices", summary = "Search the caller's Service objects",
            description = "The body of Package/Search, over the Service object's fields: identity, name, description, ownerId,"
                    + " ownerName, serviceCategoryId, serviceCategoryName, created, updated. fields limits the answer's fields.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingSearch"),
            examples = @ExampleObject(name = "search", value = "{\"query\": {\"search\": [{\"name\": \"name\", \"operator\": \"contains\","
                    + " \"value\": \"data\"}], \"orderBy\": [{\"name\": \"created\", \"direction\": \"desc\"}], \"pagination\": {\"pageNumber\": 1,"
                    + " \"pageSize\": 20}}}")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingServiceSearchPaged")))
    public StreamingOutput search(byte[] body) {
        SearchReader.Read read = SearchReader.read(bodies.object(body), VIEW_FIELDS, BillingFieldNames::serviceSearchField);
        return streams.paced(BillingEnvelopes.paged(trackingIds.current(), read.search().page(), services.search(caller.get(), read.search()),
                s -> FieldProjection.project(mapper, BillingViews.MAP.catalogueServiceView(s), read.fields())));
    }

    @GET
    @Path("/{id}/History")
    @Operation(operationId = "getServiceHistory", summary = "The history of a Service object, newest first",
            description = "Every committed change of the service (created, updated, deleted), who made it and when, with each changed field"
                    + " before and after; also for a deleted service. Paging as for Package/Paged.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingHistoryPaged")))
    public StreamingOutput history(@PathParam("id") String id, @BeanParam PagingParams paging) {
        PageRequest request = paging.request(mapper);
        return streams.paced(BillingEnvelopes.paged(trackingIds.current(), request,
                history.of(caller.get(), ServiceCatalogue.OBJECT_TYPE, PackageResource.parseId(id), request), HistoryViews.Entry::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getService", summary = "Retrieve a Service object by its ID", description = "The ETag is its version.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingServiceInstance")))
    public RestResponse<BillingEnvelopes.Instance<ContentViews.CatalogueServiceView>> get(@PathParam("id") String id) {
        ServiceSummary service = services.summary(caller.get(), PackageResource.parseId(id));
        return RestResponse.ResponseBuilder.ok(new BillingEnvelopes.Instance<>(trackingIds.current(),
                BillingViews.MAP.catalogueServiceView(service))).header(EntityTags.ETAG, EntityTags.of(service.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "updateService", summary = "Update an existing Service object",
            description = "Only the fields sent change (name, description, serviceCategoryId). If-Match with the ETag of a read"
                    + " refuses the change (412) when the service has changed since.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingServiceWrite")))
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingServiceRequest")))
    public RestResponse<BillingEnvelopes.Write<ContentViews.CatalogueServiceView>> update(@PathParam("id") String id,
            @HeaderParam(EntityTags.IF_MATCH) String ifMatch, byte[] body) {
        long serviceId = PackageResource.parseId(id);
        CatalogueService updated = services.update(caller.get(), serviceId, null,
                DraftReader.read(bodies.object(body), ServiceField.class), EntityTags.expected(ifMatch));
        return RestResponse.ResponseBuilder.ok(new BillingEnvelopes.Write<>(trackingIds.current(), "update",
                        BillingEnvelopes.Results.of(List.of(BillingViews.MAP.catalogueServiceView(updated)))))
                .header(EntityTags.ETAG, EntityTags.of(updated.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "deleteService", summary = "Delete a Service object",
            description = "Refused with 409 while a package holds the service. Answers the record of what the delete removed.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingRemovalReport")))
    public BillingEnvelopes.Write<BillingEnvelopes.Removed> delete(@PathParam("id") String id,
            @HeaderParam(EntityTags.IF_MATCH) String ifMatch) {
        DeletionReport report = services.delete(caller.get(), PackageResource.parseId(id), null, EntityTags.expected(ifMatch));
        return new BillingEnvelopes.Write<>(trackingIds.current(), "delete",
                BillingEnvelopes.Results.reported(report.entries().stream().map(PackageResource::removed).toList()));
    }

    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "createService", summary = "Create a Service object", description = "name is required; serviceCategoryId defaults to 6 (Other).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BillingServiceRequest"), examples = @ExampleObject(name = "create",
            value = "{\"name\": \"Mobile data\", \"description\": \"Data usage\", \"serviceCategoryId\": 2}")))
    @Parameter(name = IdempotentWrites.HEADER, in = ParameterIn.HEADER, description = IdempotentWrites.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @Idempotent
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingServiceWrite")))
    public Response create(byte[] body) {
        CatalogueService created = services.create(caller.get(), DraftReader.read(bodies.object(body), ServiceField.class));
        return Response.ok(new BillingEnvelopes.Write<>(trackingIds.current(), "create",
                BillingEnvelopes.Results.of(List.of(BillingViews.MAP.catalogueServiceView(created))))).build();
    }
}
