package org.packagecatalogue.catalogue.changes;

import java.util.Set;

/**
 * Committed changes as a replica hears of them from PostgreSQL (the change log's NOTIFY): the roots that changed,
 * each "type:id" (package:12, service:3), or everything, when the announcement did not fit or when this replica
 * cannot be sure it heard of every change (its listening connection was lost, or is new). A cache drops what it names.
 */
public record ChangesAnnounced(Set<String> roots, boolean everything) {

    public static final ChangesAnnounced EVERYTHING = new ChangesAnnounced(Set.of(), true);

    /** Whether the change of this root is announced. */
    public boolean names(String rootType, long rootId) {
        return everything || roots.contains(rootType + ":" + rootId);
    }

    /** An announcement's payload, as the change log's statement writes it. */
    public static ChangesAnnounced parse(String payload) {
        if (payload == null || payload.isEmpty() || payload.equals("*")) {
            return EVERYTHING;
        }
        return new ChangesAnnounced(Set.copyOf(java.util.Arrays.asList(payload.split(","))), false);
    }
}
