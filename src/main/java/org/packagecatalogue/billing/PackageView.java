package org.packagecatalogue.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
        return new PackageView(
                p.id(),
                p.name(),
                p.ownerId(),
                p.ownerName(),
                millis(p.created()),
                millis(p.start()),
                millis(p.expiry()),
                p.fullPeriod(),
                p.invoiceDetail(),
                p.postPaid(),
                p.billOnAccountBillDay(),
                p.statusTypeId(),
                p.statusTypeName(),
                p.categoryId(),
                p.categoryName(),
                p.chargeRecurringIfUsage(),
                p.globalAddOnEligible(),
                p.description(),
                p.quantityAllowed(),
                p.id());
    }

    /** The documented form has milliseconds: 2021-04-26T15:25:27.587Z. */
    static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
