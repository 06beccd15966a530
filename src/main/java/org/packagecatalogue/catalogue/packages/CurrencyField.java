package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The writable field of a package's currency link. */
public enum CurrencyField implements DraftField {
    CURRENCY("currencyId", ID);

    private final String key;
    private final FieldKind kind;

    CurrencyField(String key, FieldKind kind) {
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
