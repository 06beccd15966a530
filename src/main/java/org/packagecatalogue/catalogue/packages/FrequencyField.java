package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The writable fields of a package's billing frequency. */
public enum FrequencyField implements DraftField {
    FREQUENCY(WHOLE),
    FREQUENCY_TYPE(ID),
    TERM(ID),
    SKU(TEXT),
    NAME(TEXT),
    ACTIVE(FLAG),
    SHARE_PLAN(FLAG),
    COUNTING_RULE(ID),
    PRICE(DECIMAL);

    private final FieldKind kind;

    FrequencyField(FieldKind kind) {
        this.kind = kind;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    @Override
    public String recordedIn() {
        return PackageFrequency.OBJECT_TYPE;
    }

    @Override
    public String attribute() {
        return switch (this) {
            case SHARE_PLAN -> "usageBucketSharePlan";
            default -> DraftField.super.attribute();
        };
    }
}
