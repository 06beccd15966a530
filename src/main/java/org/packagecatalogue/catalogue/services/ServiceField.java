package org.packagecatalogue.catalogue.services;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The writable fields of a catalogue service. */
public enum ServiceField implements DraftField {
    NAME("name", TEXT),
    DESCRIPTION("description", TEXT),
    CATEGORY("serviceCategoryId", ID);

    private final String key;
    private final FieldKind kind;

    ServiceField(String key, FieldKind kind) {
        this.key = key;
        this.kind = kind;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }
}
