package org.packagecatalogue.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.packagecatalogue.catalogue.packages.CataloguePackage;
import org.packagecatalogue.catalogue.packages.PackageSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The billing dialect's Package object, in the documented field order. {@code id} equals {@code identity}. */
@Schema(name = "PackageView", description = "The Package object")
public record PackageView(
        long identity,
        String name,
        long ownerId,
        String ownerName,
        Instant created,
        @Schema(nullable = true) Instant start,
        @Schema(nullable = true) Instant expiry,
        boolean fullPeriod,
        @Schema(nullable = true) String invoiceDetail,
        boolean postPaid,
        boolean billOnAccountBillDay,
        int defaultAccountPackageStatusTypeId,
        String defaultAccountPackageStatusTypeName,
        int packageCategoryId,
        String packageCategoryName,
        boolean chargeRecurringIfUsage,
        @JsonProperty("isGlobalAddOnEligible") boolean isGlobalAddOnEligible,
        @Schema(nullable = true) String description,
        @JsonProperty("isQuantityAllowed") boolean isQuantityAllowed,
        long id) {

    public static PackageView of(CataloguePackage p) {
        return of(PackageSummary.of(p));
    }

    public static PackageView of(PackageSummary p) {
        return BillingViews.MAP.packageView(p);
    }
}
