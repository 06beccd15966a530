package org.packagecatalogue.catalogue.packages;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * A package as a read answers it: its own fields with the names of its owner, category and status
 * type. Read by one projection ({@link PackageRepository#findSummary}), so a read by id loads no entity;
 * the other reads derive it from the entity they loaded ({@link #of}). Hibernate calls the constructor
 * by reflection (HQL {@code select new}), so the native image must keep it.
 */
@RegisterForReflection
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

    /** The HQL select list of the projection, in the order of the record's components. */
    static final String SELECT = "select new org.packagecatalogue.catalogue.packages.PackageSummary("
            + "p.id, p.name, o.id, o.name, p.created, p.start, p.expiry, p.fullPeriod, p.invoiceDetail, p.postPaid,"
            + " p.billOnAccountBillDay, s.id, s.name, c.id, c.name, p.chargeRecurringIfUsage, p.globalAddOnEligible,"
            + " p.description, p.quantityAllowed, p.version)";

    public static PackageSummary of(CataloguePackage p) {
        return new PackageSummary(p.id, p.name, p.owner.id, p.owner.name, p.created, p.start, p.expiry, p.fullPeriod,
                p.invoiceDetail, p.postPaid, p.billOnAccountBillDay, p.defaultAccountPackageStatusType.id,
                p.defaultAccountPackageStatusType.name, p.category.id, p.category.name, p.chargeRecurringIfUsage,
                p.globalAddOnEligible, p.description, p.quantityAllowed, p.version);
    }
}
