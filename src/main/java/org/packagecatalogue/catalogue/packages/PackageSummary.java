package org.packagecatalogue.catalogue.packages;

import java.time.Instant;

/**
 * A package as a read answers it: its own fields with the names of its owner, category and status
 * type. The reads by id and by page select it in one statement ({@link PackageSummaries}), so they load
 * no entity; the other reads derive it from the entity they loaded ({@link #of}).
 */
public record PackageSummary(
        long id,
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
        int statusTypeId,
        String statusTypeName,
        int categoryId,
        String categoryName,
        boolean chargeRecurringIfUsage,
        boolean globalAddOnEligible,
        String description,
        boolean quantityAllowed,
        long version) {

    public static PackageSummary of(CataloguePackage p) {
        return new PackageSummary(p.id, p.name, p.owner.id, p.owner.name, p.created, p.start, p.expiry, p.fullPeriod,
                p.invoiceDetail, p.postPaid, p.billOnAccountBillDay, p.defaultAccountPackageStatusType.id,
                p.defaultAccountPackageStatusType.name, p.category.id, p.category.name, p.chargeRecurringIfUsage,
                p.globalAddOnEligible, p.description, p.quantityAllowed, p.version);
    }
}
