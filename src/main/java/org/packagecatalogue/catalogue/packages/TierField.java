package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The writable fields of a usage tier. */
public enum TierField implements DraftField {
    USAGE_BUCKET("usageBucketId", ID),
    THRESHOLD("threshold", DECIMAL),
    FLAT_CHARGE("flatCharge", DECIMAL),
    MONEY("money", DECIMAL),
    USAGE_UNIT("usageUnitId", ID),
    CURRENCY("currencyId", ID),
    PACKAGE_FREQUENCY("packageFrequencyId", ID),
    PRICE_BOOK_ID("priceBookId", ID),
    PRICE_BOOK_NAME("priceBookName", TEXT),
    TIER_OVERRIDE("tierOverride", FLAG);

    private final String key;
    private final FieldKind kind;

    TierField(String key, FieldKind kind) {
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
