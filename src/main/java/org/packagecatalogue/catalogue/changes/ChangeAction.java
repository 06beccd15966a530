package org.packagecatalogue.catalogue.changes;

import java.util.Locale;

/** What happened to an object in one committed change. */
public enum ChangeAction {
    CREATED, UPDATED, DELETED, SOLD, CANCELLED, ROTATED, REVOKED;

    /** The action as the change log and both dialects spell it: {@code created}, {@code sold}… */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChangeAction ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
