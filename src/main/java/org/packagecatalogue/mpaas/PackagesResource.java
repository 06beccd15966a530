package org.packagecatalogue.mpaas;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
import org.packagecatalogue.catalogue.packages.PackageOffers;
import org.packagecatalogue.platform.JsonBodies;

/** The mPaaS dialect's packages: the same catalogue as the billing dialect's, translated. */
@Path("/v1.0/packages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READ)
@Tag(name = "Packages (mPaaS dialect)")
@SecurityRequirement(name = "bearer")
public class PackagesResource {

    @Inject
    PackageOffers offers;

    @Inject
    CallerTenant caller;

    @Inject
    JsonBodies bodies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Create a package", description = "Required: PackageName, Type, Price (a number or a numeric string), Monthly."
            + " Optional: Description, SubscriberId.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "create",
            value = "{\"PackageName\": \"Package 10\", \"Description\": \"Package 10 Description\", \"Type\": \"sip\", \"Price\": 300.0, \"Monthly\": true}")))
    public MpaasPackage create(byte[] body) {
        MpaasPackageReader.Read read = MpaasPackageReader.read(bodies.object(body));
        return MpaasPackage.of(offers.create(caller.get(), read.fields(), read.sale()), Instant.now());
    }

    @POST
    @Path("/update")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Update Package", description = "Only the fields sent change. Subscriptions already sold keep their terms.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "update",
            value = "{\"PackageId\": \"PID-a56cf783-c249-42fa-bf52-529e5886cdd4\", \"PackageName\": \"Package 10\", \"Description\": \"Package 10 Description\","
                    + " \"SubscriberId\": \"TSUID-A2AD6FB7-2D53-40CE-96E4-EBB7F7C54509\", \"Type\": \"sip\", \"Price\": 300.0, \"Monthly\": true}")))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "updated",
            value = "{\"PackageId\": \"PID-a56cf783-c249-42fa-bf52-529e5886cdd4\", \"PackageName\": \"Package 5 Updated\","
                    + " \"DistributorId\": \"DID-1e24785a-3f3c-4db1-89d7-956d80fd0a12\", \"AggregatorId\": \"AGID-a49349fb-170e-44bf-b61e-dcc65a3fea1a\","
                    + " \"SubscriberId\": \"TSUID-a2ad6fb7-2d53-40ce-96e4-ebb7f7c54509\", \"Type\": \"sip\", \"Price\": 250, \"Monthly\": false, \"Active\": true}")))
    public MpaasPackage update(byte[] body) {
        ObjectNode request = bodies.object(body);
        UUID id = packageId(request);
        MpaasPackageReader.Read read = MpaasPackageReader.read(request);
        return MpaasPackage.of(offers.update(caller.get(), id, read.fields(), read.sale()), Instant.now());
    }

    @GET
    @Operation(summary = "One package (PackageId), or the caller's packages (Filter=All|Active|Inactive)")
    public Object get(@QueryParam("PackageId") String packageId, @QueryParam("Filter") String filter) {
        Instant now = Instant.now();
        if (packageId != null) {
            return MpaasPackage.withDescription(offers.get(caller.get(), MpaasIds.PACKAGE.parse("PackageId", packageId)), now);
        }
        List<MpaasPackage> packages = offers.list(caller.get(), filter(filter), now).stream()
                .map(o -> MpaasPackage.withDescription(o, now)).toList();
        return Map.of("Packages", packages);
    }

    @POST
    @Path("/delete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Delete a package", description = "Refused with 409 while an active subscription uses it.")
    public Map<String, Object> delete(byte[] body) {
        ObjectNode request = bodies.object(body);
        UUID id = packageId(request);
        offers.delete(caller.get(), id);
        return Map.of("PackageId", MpaasIds.PACKAGE.format(id), "Deleted", true);
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
