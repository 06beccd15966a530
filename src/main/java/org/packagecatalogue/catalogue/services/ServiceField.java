package org.packagecatalogue.catalogue.services;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The writable fields of a catalogue service. */
public enum ServiceField implements DraftField {
    NAME(TEXT),
    DESCRIPTION(TEXT),
    CATEGORY(ID);

    private final FieldKind kind;

    ServiceField(FieldKind kind) {
        this.kind = kind;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    @Override
    public String recordedIn() {
        return ServiceCatalogue.OBJECT_TYPE;
    }
}
