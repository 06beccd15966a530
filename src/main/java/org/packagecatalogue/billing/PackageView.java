package org.packagecatalogue.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.packagecatalogue.catalogue.packages.CataloguePackage;
import org.packagecatalogue.catalogue.packages.PackageSummary;

/** The billing dialect's Package object, in the documented field order. {@code id} equals {@code identity}. */
public record PackageView(
        long identity,
        String name,
        long ownerId,
        String ownerName,
        Instant created,
        Instant start,
        Instant expiry,
        boolean fullPeriod,
        String invoiceDetail,
        boolean postPaid,
        boolean billOnAccountBillDay,
        int defaultAccountPackageStatusTypeId,
        String defaultAccountPackageStatusTypeName,
        int packageCategoryId,
        String packageCategoryName,
        boolean chargeRecurringIfUsage,
        @JsonProperty("isGlobalAddOnEligible") boolean isGlobalAddOnEligible,
        String description,
        @JsonProperty("isQuantityAllowed") boolean isQuantityAllowed,
        long id) {

    public static PackageView of(CataloguePackage p) {
        return of(PackageSummary.of(p));
    }

    public static PackageView of(PackageSummary p) {
        return BillingViews.MAP.packageView(p);
    }
}
