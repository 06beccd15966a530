package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The writable fields of a usage bucket. */
public enum UsageBucketField implements DraftField {
    PACKAGE_SERVICE("packageServiceId", ID),
    NAME("name", TEXT),
    PRORATE("prorate", FLAG),
    INFINITE_LAST_TIER("isInfiniteLastTier", FLAG),
    THRESHOLD_PER_ACCOUNT_SERVICE("isThresholdPerAccountService", FLAG),
    REFILL_TYPE("usageBucketRefillTypeId", ID),
    REFILL_FREQUENCY("refillFrequency", WHOLE),
    REFILL_FREQUENCY_TYPE("refillFrequencyTypeId", ID),
    EXPIRE_AFTER_FREQUENCY("expireAfterFrequency", WHOLE),
    EXPIRE_AFTER_FREQUENCY_TYPE("expireAfterFrequencyTypeId", ID),
    EXPIRE_AFTER_RECURRENCE("expireAfterRecurrence", WHOLE),
    ASSOCIATED_WITH_SHARE_PLAN("isAssociatedWithSharePlan", FLAG),
    ACCOUNT_PACKAGE_ACTIVATION("accountPackageActivation", FLAG),
    OVERAGE_RATE_PLAN_ID("overageUsageRatePlanId", ID),
    OVERAGE_RATE_PLAN_NAME("overageUsageRatePlanName", TEXT),
    SHARED_ACROSS_PACKAGE("isSharedAcrossPackage", FLAG),
    BYTES_IN_BINARY_UNIT("isBytesInBinaryUnit", FLAG),
    BASE_UNIT("usageBucketBaseUnitId", ID),
    CONTRIBUTIONS("contributions", REFERENCES),
    NOTIFICATIONS("usageBucketNotifications", REFERENCES),
    BASES("usageBucketBase", REFERENCES);

    private final String key;
    private final FieldKind kind;

    UsageBucketField(String key, FieldKind kind) {
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
