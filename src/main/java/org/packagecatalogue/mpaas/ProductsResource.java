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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.packagecatalogue.catalogue.services.CatalogueService;
import org.packagecatalogue.platform.EntityTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.packagecatalogue.auth.CallerTenant;
import org.packagecatalogue.auth.Roles;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.services.ServiceCatalogue;
import org.packagecatalogue.catalogue.services.ServiceField;
import org.packagecatalogue.platform.JsonBodies;
import org.packagecatalogue.platform.IdempotentWrites;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** Products (PRID-…) are the catalogue's services seen through the mPaaS dialect. */
@Path("/v1.0/products")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READ)
@Tag(name = "Products (mPaaS dialect)")
@SecurityRequirement(name = "bearer")
@RetriedReads
public class ProductsResource {

    @Inject
    ServiceCatalogue services;

    @Inject
    org.packagecatalogue.catalogue.changes.History history;

    @Inject
    org.packagecatalogue.platform.JsonStreams streams;

    @Inject
    CallerTenant caller;

    @Inject
    JsonBodies bodies;


    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "mpaasCreateProduct", summary = "Create a product", description = "Required: ProductName. Optional: Description.")
    @Parameter(name = IdempotentWrites.HEADER, in = ParameterIn.HEADER, description = IdempotentWrites.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @Idempotent
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "Product")))
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasProductCreate")))
    public Response create(byte[] body) {
        Draft<ServiceField> draft = MpaasDraftReader.read(bodies.object(body), ServiceField.class);
        return Response.ok(MpaasRecords.Product.of(services.create(caller.get(), draft))).build();
    }

    @GET
    @Operation(operationId = "mpaasGetProducts", summary = "One product (ProductId), or the caller's products",
            description = "One product's ETag is its version.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProductOrMpaasProductList")))
    public RestResponse<Object> get(@QueryParam("ProductId") String productId) {
        if (productId != null) {
            org.packagecatalogue.catalogue.services.ServiceSummary product = services.summary(caller.get(),
                    MpaasRecords.Ids.PRODUCT.parse("ProductId", productId));
            return RestResponse.ResponseBuilder.<Object>ok(MpaasRecords.Product.of(product))
                    .header(EntityTags.ETAG, EntityTags.of(product.version())).build();
        }
        return RestResponse.ok(MpaasRecords.streamed(streams, "Products", services.list(caller.get()), MpaasRecords.Product::of));
    }

    @GET
    @Path("/history")
    @Operation(operationId = "mpaasGetProductHistory", summary = "The history of a product, newest first",
            description = "Every committed change of the product (ProductId): who made it (AccountKey), when, the TrackingId of the request,"
                    + " the Action and each changed field before and after, in this dialect's names. Also for a deleted product."
                    + " PageNumber (from 1) and PageSize (1 to 1000, default 100).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasHistory")))
    public StreamingOutput history(@QueryParam("ProductId") String productId, @QueryParam("PageNumber") String pageNumber,
                                        @QueryParam("PageSize") String pageSize) {
        if (productId == null) {
            throw new org.packagecatalogue.catalogue.InvalidRequestException(org.packagecatalogue.catalogue.Violation.required("ProductId"));
        }
        java.util.UUID id = MpaasRecords.Ids.PRODUCT.parse("ProductId", productId);
        org.packagecatalogue.catalogue.packages.PageRequest request = MpaasHistory.page(pageNumber, pageSize);
        return streams.paced(MpaasHistory.History.of(MpaasRecords.Ids.PRODUCT.format(id), request,
                history.of(caller.get(), ServiceCatalogue.OBJECT_TYPE, id, request)));
    }

    @POST
    @Path("/update")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "mpaasUpdateProduct", summary = "Update a product",
            description = "Required: ProductId (PRID-…). Only the fields sent change: ProductName, Description. If-Match with"
                    + " the ETag of a read refuses the change (412) when the product has changed since.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "Product")))
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasProductUpdate")))
    public RestResponse<MpaasRecords.Product> update(@HeaderParam(EntityTags.IF_MATCH) String ifMatch, byte[] body) {
        ObjectNode request = bodies.object(body);
        UUID id = MpaasRecords.Ids.PRODUCT.parse("ProductId", SubscriptionsResource.required(request, "ProductId"));
        CatalogueService updated = services.update(caller.get(), null, id, MpaasDraftReader.read(request, ServiceField.class),
                EntityTags.expected(ifMatch));
        return RestResponse.ResponseBuilder.ok(MpaasRecords.Product.of(updated))
                .header(EntityTags.ETAG, EntityTags.of(updated.version)).build();
    }

    @POST
    @Path("/delete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "mpaasDeleteProduct", summary = "Delete a product",
            description = "Required: ProductId (PRID-…). Refused with 409 while a package item uses the product.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasProductDeleted")))
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "MpaasProductRef")))
    public Map<String, Object> delete(@HeaderParam(EntityTags.IF_MATCH) String ifMatch, byte[] body) {
        UUID id = MpaasRecords.Ids.PRODUCT.parse("ProductId", SubscriptionsResource.required(bodies.object(body), "ProductId"));
        services.delete(caller.get(), null, id, EntityTags.expected(ifMatch));
        return Map.of("ProductId", MpaasRecords.Ids.PRODUCT.format(id), "Deleted", true);
    }

}
