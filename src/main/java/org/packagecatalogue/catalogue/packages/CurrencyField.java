package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The writable field of a package's currency link. */
public enum CurrencyField implements DraftField {
    CURRENCY(ID);

    private final FieldKind kind;

    CurrencyField(FieldKind kind) {
        this.kind = kind;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    @Override
    public String recordedIn() {
        return PackageCurrency.OBJECT_TYPE;
    }
}
