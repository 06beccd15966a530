package org.packagecatalogue.billing;

import org.packagecatalogue.platform.RetriedReads;
import org.packagecatalogue.platform.JsonStreams;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.packagecatalogue.platform.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
    JsonStreams streams;

    @Inject
    CallerTenant caller;

    @Inject
    TrackingIds trackingIds;

    @Inject
    JsonBodies bodies;


    @GET
    @Path("/")
    @Operation(operationId = "listServices", summary = "Retrieve all of the caller's Service objects")
    public StreamingOutput list() {
        return BillingEnvelopes.streamed(streams, trackingIds.current(), services.list(caller.get()), BillingViews.MAP::catalogueServiceView);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getService", summary = "Retrieve a Service object by its ID")
    public BillingEnvelopes.Instance<ContentViews.CatalogueServiceView> get(@PathParam("id") String id) {
        return new BillingEnvelopes.Instance<>(trackingIds.current(),
                BillingViews.MAP.catalogueServiceView(services.get(caller.get(), PackageResource.parseId(id))));
    }

    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "createService", summary = "Create a Service object", description = "name is required; serviceCategoryId defaults to 6 (Other).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "create",
            value = "{\"name\": \"Mobile data\", \"description\": \"Data usage\", \"serviceCategoryId\": 2}")))
    @Parameter(name = IdempotentWrites.HEADER, in = ParameterIn.HEADER, description = IdempotentWrites.DESCRIPTION)
    @Idempotent
    public Response create(byte[] body) {
        CatalogueService created = services.create(caller.get(), DraftReader.read(bodies.object(body), ServiceField.class));
        return Response.ok(new BillingEnvelopes.Write<>(trackingIds.current(), "create",
                BillingEnvelopes.Results.of(List.of(BillingViews.MAP.catalogueServiceView(created))))).build();
    }
}
