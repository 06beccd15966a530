package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The writable fields of a package's billing frequency. */
public enum FrequencyField implements DraftField {
    FREQUENCY("frequency", WHOLE),
    FREQUENCY_TYPE("frequencyTypeId", ID),
    TERM("termId", ID),
    SKU("sku", TEXT),
    NAME("name", TEXT),
    ACTIVE("isActive", FLAG),
    SHARE_PLAN("isUsageBucketSharePlanPackageFrequency", FLAG),
    COUNTING_RULE("countingRuleId", ID),
    PRICE("price", DECIMAL);

    private final String key;
    private final FieldKind kind;

    FrequencyField(String key, FieldKind kind) {
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
