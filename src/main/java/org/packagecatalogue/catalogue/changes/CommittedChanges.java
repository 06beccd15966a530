package org.packagecatalogue.catalogue.changes;

/**
 * Whether this replica hears of every committed change now ({@link ChangesAnnounced}): while it does not, nothing
 * may be answered from a cache, since a change it did not hear of would leave an answer stale.
 */
public interface CommittedChanges {

    boolean listening();
}
