package org.packagecatalogue.catalogue.lookup;

/** The lookup tables a package and its contents refer to by id, each with its entity. */
public enum LookupKind {
    PACKAGE_CATEGORY(PackageCategory.class),
    ACCOUNT_PACKAGE_STATUS_TYPE(AccountPackageStatusType.class),
    FREQUENCY_TYPE(FrequencyType.class),
    TERM(Term.class),
    COUNTING_RULE(CountingRule.class),
    USAGE_UNIT(UsageUnit.class),
    USAGE_CLASS(UsageClass.class),
    SERVICE_CATEGORY(ServiceCategory.class),
    USAGE_BUCKET_REFILL_TYPE(UsageBucketRefillType.class),
    USAGE_BUCKET_BASE_UNIT(UsageBucketBaseUnit.class),
    CURRENCY(Currency.class);

    final Class<? extends Lookup> entity;

    LookupKind(Class<? extends Lookup> entity) {
        this.entity = entity;
    }

    /** What a missing entry is called in an error: the entity's name, e.g. packageCategory. */
    public String objectType() {
        String name = entity.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
