package org.packagecatalogue.catalogue.draft;

/**
 * A writable field of a core object and the kind of value it holds. It has no name of its own: each
 * adapter names the fields in its wire's words (one name table per adapter, used both to read a body
 * and to render a violation).
 */
public interface DraftField {

    FieldKind kind();
}
