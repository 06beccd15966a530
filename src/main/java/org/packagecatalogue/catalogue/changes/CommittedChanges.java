package org.packagecatalogue.catalogue.changes;

/**
 * Whether this replica hears of every committed change now ({@link ChangesAnnounced}): while it does not, nothing
 * may be answered from a cache, since a change it did not hear of would leave an answer stale.
 */
public interface CommittedChanges {

    boolean listening();

    /**
     * Whether a read may be answered from memory now: this replica listens, and the read is not inside a transaction
     * (a write answering what it wrote holds its own uncommitted change, which only the database has).
     */
    default boolean rememberedAnswersHold() {
        return listening() && !io.quarkus.narayana.jta.QuarkusTransaction.isActive();
    }
}
