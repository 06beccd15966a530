package org.packagecatalogue.catalogue.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * The ids of the roots of this type it names; empty when it cannot say which: it is about everything, or it names a
     * root of this type whose id cannot be read. Either way, a cache then drops all it keeps of this type.
     */
    public Optional<List<Long>> idsOf(String rootType) {
        if (everything) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>();
        for (String root : roots) {
            int colon = root.indexOf(':');
            if ((colon < 0 ? root : root.substring(0, colon)).equals(rootType)) {
                try {
                    ids.add(Long.parseLong(root.substring(colon + 1)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(ids);
    }

    /** An announcement's payload, as the change log's statement writes it. */
    public static ChangesAnnounced parse(String payload) {
        if (payload == null || payload.isEmpty() || payload.equals("*")) {
            return EVERYTHING;
        }
        return new ChangesAnnounced(Set.copyOf(java.util.Arrays.asList(payload.split(","))), false);
    }
}
