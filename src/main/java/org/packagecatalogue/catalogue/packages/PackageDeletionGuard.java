package org.packagecatalogue.catalogue.packages;

import java.util.List;
import java.util.Optional;

/**
 * What else a package's deletion involves, outside the package's own contents: a reason it may not
 * be deleted (such as an active subscription that uses it; a 409 with the reason, in either
 * dialect), and the dependent rows that go with it (such as its cancelled subscriptions).
 */
public interface PackageDeletionGuard {

    /** Why this package must not be deleted, or empty if nothing here holds it. */
    Optional<String> refusal(CataloguePackage pkg);

    /**
     * Once no guard refuses: removes the rows of this kind that depend on the package (in the same
     * transaction, before the package goes) and reports them.
     */
    default List<DeletionReport.Entry> removeDependents(long packageId) {
        return List.of();
    }

    /** The rows {@link #removeDependents} will remove, loaded before they go, so that each is recorded in the change log. */
    default List<? extends org.packagecatalogue.catalogue.changes.Recorded> dependents(long packageId) {
        return List.of();
    }
}
