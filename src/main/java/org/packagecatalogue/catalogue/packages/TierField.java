package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The writable fields of a usage tier. */
public enum TierField implements DraftField {
    USAGE_BUCKET(ID),
    THRESHOLD(DECIMAL),
    FLAT_CHARGE(DECIMAL),
    MONEY(DECIMAL),
    USAGE_UNIT(ID),
    CURRENCY(ID),
    PACKAGE_FREQUENCY(ID),
    PRICE_BOOK_ID(ID),
    PRICE_BOOK_NAME(TEXT),
    TIER_OVERRIDE(FLAG);

    private final FieldKind kind;

    TierField(FieldKind kind) {
        this.kind = kind;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    @Override
    public String recordedIn() {
        return Tier.OBJECT_TYPE;
    }
}
