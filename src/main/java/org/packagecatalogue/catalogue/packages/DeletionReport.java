package org.packagecatalogue.catalogue.packages;

import java.util.List;

/** Everything one delete removed: the object itself, the rows that depended on it, the links it had. */
public record DeletionReport(List<Entry> entries) {

    public enum Action { DELETED, DETACHED }

    /**
     * One removed row. {@code objectType} names it ("package", "tier", ...). The object itself has its
     * id in {@code id}; a dependent row has its id in {@code foreignKeyId}; a detached link has the two
     * ids it joined.
     */
    public record Entry(Action action, String objectType, Long id, Long foreignKeyId, Long lhsId, Long rhsId) {

        /** The object the delete was asked for. */
        public static Entry deleted(String objectType, long id) {
            return new Entry(Action.DELETED, objectType, id, null, null, null);
        }

        /** A row that depended on it and went with it. */
        public static Entry dependent(String objectType, long id) {
            return new Entry(Action.DELETED, objectType, null, id, null, null);
        }

        /** A link between it (lhs) and a shared object (rhs) that was removed; the shared object stays. */
        public static Entry detached(String objectType, long lhsId, long rhsId) {
            return new Entry(Action.DETACHED, objectType, null, null, lhsId, rhsId);
        }
    }
}
