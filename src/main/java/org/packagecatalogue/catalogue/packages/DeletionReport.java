package org.packagecatalogue.catalogue.packages;

import java.util.List;

/** Everything one delete removed: the object itself, the rows that depended on it, the links it had. */
public record DeletionReport(List<Entry> entries) {

    public enum Action { DELETED, DETACHED }

    /**
     * One removed row. {@code objectType} names it ("package", ...). A deleted row has its own id in
     * {@code id} (and the id it pointed at in {@code foreignKeyId} when it was a dependent); a detached
     * link has the two ids it joined.
     */
    public record Entry(Action action, String objectType, Long id, Long foreignKeyId, Long lhsId, Long rhsId) {

        public static Entry deleted(String objectType, long id) {
            return new Entry(Action.DELETED, objectType, id, null, null, null);
        }
    }
}
