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
        return PackageSummaryMapper.MAP.summary(p);
    }
}
