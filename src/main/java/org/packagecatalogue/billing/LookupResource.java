package org.packagecatalogue.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.packagecatalogue.auth.Roles;
import org.packagecatalogue.catalogue.lookup.LookupEntry;
import org.packagecatalogue.catalogue.lookup.LookupKind;
import org.packagecatalogue.catalogue.lookup.Lookups;
import org.packagecatalogue.catalogue.packages.Page;
import org.packagecatalogue.catalogue.packages.PageRequest;
import org.packagecatalogue.platform.TrackingIds;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;

/**
 * The lookups a package and its details refer to by id (packageCategoryId, frequencyTypeId, currencyId…),
 * read-only and the same for every caller, in the Package object's envelopes and paging.
 */
@Path("/ResourceServer/api/v10/{lookup: " + LookupResource.NAMES + "}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READ)
@Tag(name = "Lookups (billing dialect)")
@SecurityRequirement(name = "bearer")
public class LookupResource {

    static final String NAMES = "PackageCategory|AccountPackageStatusType|FrequencyType|Term|CountingRule|UsageUnit"
            + "|UsageClass|ServiceCategory|UsageBucketRefillType|UsageBucketBaseUnit|Currency";

    /** The billing names of the lookups: the objects whose ids the Package object carries. */
    private static final Map<String, LookupKind> BY_NAME = Map.ofEntries(
            Map.entry("PackageCategory", LookupKind.PACKAGE_CATEGORY),
            Map.entry("AccountPackageStatusType", LookupKind.ACCOUNT_PACKAGE_STATUS_TYPE),
            Map.entry("FrequencyType", LookupKind.FREQUENCY_TYPE),
            Map.entry("Term", LookupKind.TERM),
            Map.entry("CountingRule", LookupKind.COUNTING_RULE),
            Map.entry("UsageUnit", LookupKind.USAGE_UNIT),
            Map.entry("UsageClass", LookupKind.USAGE_CLASS),
            Map.entry("ServiceCategory", LookupKind.SERVICE_CATEGORY),
            Map.entry("UsageBucketRefillType", LookupKind.USAGE_BUCKET_REFILL_TYPE),
            Map.entry("UsageBucketBaseUnit", LookupKind.USAGE_BUCKET_BASE_UNIT),
            Map.entry("Currency", LookupKind.CURRENCY));

    /** One lookup entry; code only for a currency (its ISO 4217 letters). */
    @Schema(name = "Lookup", description = "One value of a lookup table; code for currencies (ISO 4217)", requiredProperties = {"identity", "name"})
    public record LookupView(long identity, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String code) {
        static LookupView of(LookupEntry entry) {
            return new LookupView(entry.id(), entry.name(), entry.code());
        }
    }

    @Inject
    Lookups lookups;

    @Inject
    TrackingIds trackingIds;

    @Inject
    ObjectMapper mapper;

    @GET
    @Path("/")
    @Operation(operationId = "listLookup", summary = "Retrieve every entry of a lookup",
            description = "Ordered by identity. Lookups are the same for every caller and change only with a release.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingLookupList")))
    public BillingEnvelopes.Items<LookupView> list(@Parameter(description = "Which lookup", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"PackageCategory", "AccountPackageStatusType", "FrequencyType", "Term", "CountingRule", "UsageUnit",
                    "UsageClass", "ServiceCategory", "UsageBucketRefillType", "UsageBucketBaseUnit", "Currency"}))
            @PathParam("lookup") String lookup) {
        var entries = lookups.all(BY_NAME.get(lookup));
        return new BillingEnvelopes.Items<>(trackingIds.current(), entries.size(), entries.stream().map(LookupView::of).toList());
    }

    @GET
    @Path("/Paged")
    @Operation(operationId = "getLookupPaged", summary = "Retrieve the entries of a lookup a page at a time",
            description = "Paging as for Package/Paged.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingLookupPaged")))
    public BillingEnvelopes.Paged<LookupView> paged(@PathParam("lookup") String lookup,
            @BeanParam PagingParams paging) {
        PageRequest request = paging.request(mapper);
        Page<LookupEntry> page = lookups.page(BY_NAME.get(lookup), request);
        return BillingEnvelopes.paged(trackingIds.current(), request, page, LookupView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLookup", summary = "Retrieve one entry of a lookup by its ID", description = "One entry; 404 for an id the lookup does not have.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BillingLookupInstance")))
    public BillingEnvelopes.Instance<LookupView> get(@PathParam("lookup") String lookup, @PathParam("id") String id) {
        return new BillingEnvelopes.Instance<>(trackingIds.current(),
                LookupView.of(lookups.one(BY_NAME.get(lookup), PackageResource.parseId(id))));
    }
}
