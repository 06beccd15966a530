package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The writable fields of a usage bucket. */
public enum UsageBucketField implements DraftField {
    PACKAGE_SERVICE(ID),
    NAME(TEXT),
    PRORATE(FLAG),
    INFINITE_LAST_TIER(FLAG),
    THRESHOLD_PER_ACCOUNT_SERVICE(FLAG),
    REFILL_TYPE(ID),
    REFILL_FREQUENCY(WHOLE),
    REFILL_FREQUENCY_TYPE(ID),
    EXPIRE_AFTER_FREQUENCY(WHOLE),
    EXPIRE_AFTER_FREQUENCY_TYPE(ID),
    EXPIRE_AFTER_RECURRENCE(WHOLE),
    ASSOCIATED_WITH_SHARE_PLAN(FLAG),
    ACCOUNT_PACKAGE_ACTIVATION(FLAG),
    OVERAGE_RATE_PLAN_ID(ID),
    OVERAGE_RATE_PLAN_NAME(TEXT),
    SHARED_ACROSS_PACKAGE(FLAG),
    BYTES_IN_BINARY_UNIT(FLAG),
    BASE_UNIT(ID),
    CONTRIBUTIONS(REFERENCES),
    NOTIFICATIONS(REFERENCES),
    BASES(REFERENCES);

    private final FieldKind kind;

    UsageBucketField(FieldKind kind) {
        this.kind = kind;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    @Override
    public String recordedIn() {
        return UsageBucket.OBJECT_TYPE;
    }

    @Override
    public String attribute() {
        return switch (this) {
            case OVERAGE_RATE_PLAN_ID -> "overageUsageRatePlanId";
            case OVERAGE_RATE_PLAN_NAME -> "overageUsageRatePlanName";
            default -> DraftField.super.attribute();
        };
    }
}
