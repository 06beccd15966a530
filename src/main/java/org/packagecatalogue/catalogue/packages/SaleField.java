package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/**
 * How a package is sold: its type, the subscriber it was made for, and its pricing (a price per
 * period, monthly or one-time), kept on the package's pricing frequency.
 */
public enum SaleField implements DraftField {
    TYPE("type", TEXT),
    /** the subscriber's UUID, as text */
    SUBSCRIBER("subscriberId", TEXT),
    PRICE("price", DECIMAL),
    MONTHLY("monthly", FLAG);

    private final String key;
    private final FieldKind kind;

    SaleField(String key, FieldKind kind) {
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
