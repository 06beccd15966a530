package org.packagecatalogue.catalogue.draft;

/** A writable field of a core object: its name (as violations report it) and the kind of value it holds. */
public interface DraftField {

    String key();

    FieldKind kind();
}
