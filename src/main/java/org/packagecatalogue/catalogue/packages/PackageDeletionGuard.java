package org.packagecatalogue.catalogue.packages;

import java.util.Optional;

/**
 * A reason a package may not be deleted, such as an active subscription that uses it. Every bean
 * of this type is asked before a delete, in either dialect; a refusal is a 409 with the reason.
 */
public interface PackageDeletionGuard {

    /** Why this package must not be deleted, or empty if nothing here holds it. */
    Optional<String> refusal(CataloguePackage pkg);
}
