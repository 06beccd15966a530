package org.packagecatalogue.catalogue.packages;

import java.util.List;
import java.util.UUID;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * A change {@link PackageWriter} has applied, fired inside its transaction once every row is written:
 * the one place where change history, events and cache invalidation hook in (a synchronous CDI
 * observer runs in the same transaction, and a failing observer rolls the change back).
 *
 * @param version the package's version after the change (its ETag); for a deletion, the last one it had
 */
public record PackageChanged(Tenant tenant, long packageId, UUID packageUid, long version, Kind kind,
                             List<PackagePatch.Result> results) {

    public enum Kind { CREATED, CHANGED, DELETED }
}
