package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packagecatalogue.catalogue.ConflictException;
import org.packagecatalogue.catalogue.changes.ChangeSet;

/**
 * Deletes a locked package with everything that depends on it, and reports each removed row: the
 * package and its dependent rows as deleted, its links to shared objects (services, currencies) as
 * detached. A package something still holds (an active subscription) is refused with a 409.
 * {@link PackageWriter} is its only caller.
 */
@ApplicationScoped
class PackageRemoval {

    @Inject
    PackageRepository packages;

    @Inject
    Instance<PackageDeletionGuard> deletionGuards;

    @Inject
    PackageDetails details;

    /** Removes the package and records every object that goes with it in {@code changes}, children first. */
    DeletionReport remove(CataloguePackage pkg, ChangeSet changes) {
        long id = pkg.id;
        for (PackageDeletionGuard guard : deletionGuards) {
            Optional<String> refusal = guard.refusal(pkg);
            if (refusal.isPresent()) {
                throw new ConflictException("package " + id + " cannot be deleted: " + refusal.get());
            }
        }
        List<DeletionReport.Entry> removed = new ArrayList<>();
        removed.add(DeletionReport.Entry.deleted(PackageCatalogue.OBJECT_TYPE, id));
        removed.addAll(packages.removalReport(id));
        PackageDetails.Rows contents = details.rowsOf(pkg.id);
        for (PackageDetails.ServiceRows sd : contents.services()) {
            for (UsageBucket bucket : sd.usageBuckets()) {
                bucket.tiers.forEach(t -> changes.deleted(t, pkg));
                changes.deleted(bucket, pkg);
            }
        }
        contents.frequencies().forEach(f -> changes.deleted(f, pkg));
        contents.services().forEach(sd -> changes.deleted(sd.packageService(), pkg));
        contents.currencies().forEach(c -> changes.deleted(c, pkg));
        for (PackageDeletionGuard guard : deletionGuards) {
            guard.dependents(id).forEach(d -> changes.deleted(d, pkg));
        }
        changes.deleted(pkg, pkg);
        // whatever this transaction loaded before is written and let go first, so no stale child outlives its row
        packages.flushAndClear();
        for (PackageDeletionGuard guard : deletionGuards) {
            removed.addAll(guard.removeDependents(id));
        }
        packages.deleteWithContents(id);
        return new DeletionReport(removed);
    }
}
