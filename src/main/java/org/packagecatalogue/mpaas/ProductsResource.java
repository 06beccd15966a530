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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
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
    org.packagecatalogue.platform.JsonStreams streams;

    @Inject
    CallerTenant caller;

    @Inject
    JsonBodies bodies;


    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "mpaasCreateProduct", summary = "Create a product", description = "Required: ProductName. Optional: Description.")
    @Parameter(name = IdempotentWrites.HEADER, in = ParameterIn.HEADER, description = IdempotentWrites.DESCRIPTION)
    @Idempotent
    public Response create(byte[] body) {
        Draft<ServiceField> draft = MpaasDraftReader.read(bodies.object(body), ServiceField.class);
        return Response.ok(MpaasRecords.Product.of(services.create(caller.get(), draft))).build();
    }

    @GET
    @Operation(operationId = "mpaasGetProducts", summary = "One product (ProductId), or the caller's products")
    public Object get(@QueryParam("ProductId") String productId) {
        if (productId != null) {
            return MpaasRecords.Product.of(services.get(caller.get(), MpaasRecords.Ids.PRODUCT.parse("ProductId", productId)));
        }
        return MpaasRecords.streamed(streams, "Products", services.list(caller.get()), MpaasRecords.Product::of);
    }

}
