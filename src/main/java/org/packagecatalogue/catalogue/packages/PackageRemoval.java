package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packagecatalogue.catalogue.ConflictException;

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

    DeletionReport remove(CataloguePackage pkg) {
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
        // whatever this transaction loaded before is written and let go first, so no stale child outlives its row
        packages.flushAndClear();
        for (PackageDeletionGuard guard : deletionGuards) {
            removed.addAll(guard.removeDependents(id));
        }
        packages.deleteWithContents(id);
        return new DeletionReport(removed);
    }
}
