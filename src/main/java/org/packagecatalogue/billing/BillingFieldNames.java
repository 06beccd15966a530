package org.packagecatalogue.billing;

import static java.util.Map.entry;

import java.util.Map;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.RecordedNames;
import org.packagecatalogue.catalogue.webhooks.WebhookField;
import org.packagecatalogue.catalogue.packages.CurrencyField;
import org.packagecatalogue.catalogue.packages.FrequencyField;
import org.packagecatalogue.catalogue.packages.PackageField;
import org.packagecatalogue.catalogue.packages.PackageServiceField;
import org.packagecatalogue.catalogue.packages.PackageSearchField;
import org.packagecatalogue.catalogue.services.ServiceSearchField;
import org.packagecatalogue.catalogue.packages.TierField;
import org.packagecatalogue.catalogue.packages.UsageBucketField;
import org.packagecatalogue.catalogue.services.ServiceField;

/**
 * The billing dialect's name of every core field it reads and writes: the one table both the body
 * readers and the error renderer use, so a problem is reported under the name the client sent.
 * A core field missing here is not part of this dialect (e.g. an mPaaS item's price).
 */
final class BillingFieldNames {

    private static final Map<DraftField, String> NAMES = Map.ofEntries(
            entry(PackageField.NAME, "name"),
            entry(PackageField.DESCRIPTION, "description"),
            entry(PackageField.INVOICE_DETAIL, "invoiceDetail"),
            entry(PackageField.START, "start"),
            entry(PackageField.EXPIRY, "expiry"),
            entry(PackageField.FULL_PERIOD, "fullPeriod"),
            entry(PackageField.POST_PAID, "postPaid"),
            entry(PackageField.BILL_ON_ACCOUNT_BILL_DAY, "billOnAccountBillDay"),
            entry(PackageField.CHARGE_RECURRING_IF_USAGE, "chargeRecurringIfUsage"),
            entry(PackageField.GLOBAL_ADD_ON_ELIGIBLE, "isGlobalAddOnEligible"),
            entry(PackageField.QUANTITY_ALLOWED, "isQuantityAllowed"),
            entry(PackageField.DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE, "defaultAccountPackageStatusTypeId"),
            entry(PackageField.CATEGORY, "packageCategoryId"),
            entry(PackageServiceField.SERVICE, "serviceId"),
            entry(PackageServiceField.DEFAULT_INSTANCES, "defaultInstances"),
            entry(PackageServiceField.MINIMUM_INSTANCES, "minimumInstances"),
            entry(PackageServiceField.MAXIMUM_INSTANCES, "maximumInstances"),
            entry(PackageServiceField.TERM, "termId"),
            entry(PackageServiceField.USAGE_CLASS, "usageClassDynamicId"),
            entry(PackageServiceField.SERVICE_CATEGORY, "serviceCategoryId"),
            entry(PackageServiceField.SHARE_PLAN, "isUsageBucketSharePlanPackageService"),
            entry(FrequencyField.FREQUENCY, "frequency"),
            entry(FrequencyField.FREQUENCY_TYPE, "frequencyTypeId"),
            entry(FrequencyField.TERM, "termId"),
            entry(FrequencyField.SKU, "sku"),
            entry(FrequencyField.NAME, "name"),
            entry(FrequencyField.ACTIVE, "isActive"),
            entry(FrequencyField.SHARE_PLAN, "isUsageBucketSharePlanPackageFrequency"),
            entry(FrequencyField.COUNTING_RULE, "countingRuleId"),
            entry(FrequencyField.PRICE, "price"),
            entry(CurrencyField.CURRENCY, "currencyId"),
            entry(UsageBucketField.PACKAGE_SERVICE, "packageServiceId"),
            entry(UsageBucketField.NAME, "name"),
            entry(UsageBucketField.PRORATE, "prorate"),
            entry(UsageBucketField.INFINITE_LAST_TIER, "isInfiniteLastTier"),
            entry(UsageBucketField.THRESHOLD_PER_ACCOUNT_SERVICE, "isThresholdPerAccountService"),
            entry(UsageBucketField.REFILL_TYPE, "usageBucketRefillTypeId"),
            entry(UsageBucketField.REFILL_FREQUENCY, "refillFrequency"),
            entry(UsageBucketField.REFILL_FREQUENCY_TYPE, "refillFrequencyTypeId"),
            entry(UsageBucketField.EXPIRE_AFTER_FREQUENCY, "expireAfterFrequency"),
            entry(UsageBucketField.EXPIRE_AFTER_FREQUENCY_TYPE, "expireAfterFrequencyTypeId"),
            entry(UsageBucketField.EXPIRE_AFTER_RECURRENCE, "expireAfterRecurrence"),
            entry(UsageBucketField.ASSOCIATED_WITH_SHARE_PLAN, "isAssociatedWithSharePlan"),
            entry(UsageBucketField.ACCOUNT_PACKAGE_ACTIVATION, "accountPackageActivation"),
            entry(UsageBucketField.OVERAGE_RATE_PLAN_ID, "overageUsageRatePlanId"),
            entry(UsageBucketField.OVERAGE_RATE_PLAN_NAME, "overageUsageRatePlanName"),
            entry(UsageBucketField.SHARED_ACROSS_PACKAGE, "isSharedAcrossPackage"),
            entry(UsageBucketField.BYTES_IN_BINARY_UNIT, "isBytesInBinaryUnit"),
            entry(UsageBucketField.BASE_UNIT, "usageBucketBaseUnitId"),
            entry(UsageBucketField.CONTRIBUTIONS, "contributions"),
            entry(UsageBucketField.NOTIFICATIONS, "usageBucketNotifications"),
            entry(UsageBucketField.BASES, "usageBucketBase"),
            entry(TierField.USAGE_BUCKET, "usageBucketId"),
            entry(TierField.THRESHOLD, "threshold"),
            entry(TierField.FLAT_CHARGE, "flatCharge"),
            entry(TierField.MONEY, "money"),
            entry(TierField.USAGE_UNIT, "usageUnitId"),
            entry(TierField.CURRENCY, "currencyId"),
            entry(TierField.PACKAGE_FREQUENCY, "packageFrequencyId"),
            entry(TierField.PRICE_BOOK_ID, "priceBookId"),
            entry(TierField.PRICE_BOOK_NAME, "priceBookName"),
            entry(TierField.TIER_OVERRIDE, "tierOverride"),
            entry(WebhookField.URL, "url"),
            entry(WebhookField.EVENT_TYPES, "eventTypes"),
            entry(WebhookField.DESCRIPTION, "description"),
            entry(WebhookField.INCLUDE_DISTRIBUTORS, "includeDistributors"),
            entry(ServiceField.NAME, "name"),
            entry(ServiceField.DESCRIPTION, "description"),
            entry(ServiceField.CATEGORY, "serviceCategoryId"),
            // what a Package/Search may filter and order on
            entry(PackageSearchField.IDENTITY, "identity"),
            entry(PackageSearchField.ID, "id"),
            entry(PackageSearchField.NAME, "name"),
            entry(PackageSearchField.DESCRIPTION, "description"),
            entry(PackageSearchField.INVOICE_DETAIL, "invoiceDetail"),
            entry(PackageSearchField.OWNER_ID, "ownerId"),
            entry(PackageSearchField.OWNER_NAME, "ownerName"),
            entry(PackageSearchField.CREATED, "created"),
            entry(PackageSearchField.START, "start"),
            entry(PackageSearchField.EXPIRY, "expiry"),
            entry(PackageSearchField.FULL_PERIOD, "fullPeriod"),
            entry(PackageSearchField.POST_PAID, "postPaid"),
            entry(PackageSearchField.BILL_ON_ACCOUNT_BILL_DAY, "billOnAccountBillDay"),
            entry(PackageSearchField.CHARGE_RECURRING_IF_USAGE, "chargeRecurringIfUsage"),
            entry(PackageSearchField.GLOBAL_ADD_ON_ELIGIBLE, "isGlobalAddOnEligible"),
            entry(PackageSearchField.QUANTITY_ALLOWED, "isQuantityAllowed"),
            entry(PackageSearchField.DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE_ID, "defaultAccountPackageStatusTypeId"),
            entry(PackageSearchField.DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE_NAME, "defaultAccountPackageStatusTypeName"),
            entry(PackageSearchField.PACKAGE_CATEGORY_ID, "packageCategoryId"),
            entry(PackageSearchField.PACKAGE_CATEGORY_NAME, "packageCategoryName"),
            entry(ServiceSearchField.IDENTITY, "identity"),
            entry(ServiceSearchField.ID, "id"),
            entry(ServiceSearchField.NAME, "name"),
            entry(ServiceSearchField.DESCRIPTION, "description"),
            entry(ServiceSearchField.OWNER_ID, "ownerId"),
            entry(ServiceSearchField.OWNER_NAME, "ownerName"),
            entry(ServiceSearchField.SERVICE_CATEGORY_ID, "serviceCategoryId"),
            entry(ServiceSearchField.SERVICE_CATEGORY_NAME, "serviceCategoryName"),
            entry(ServiceSearchField.CREATED, "created"),
            entry(ServiceSearchField.UPDATED, "updated"));

    private BillingFieldNames() {
    }

    /** History's names: the recorded attribute of each object type, by the field of this table that writes it. */
    private static final RecordedNames RECORDED = new RecordedNames(NAMES);

    /** How history names a recorded field: this dialect's name for it, else the core's (a field this dialect does not write). */
    static String ofRecorded(String objectType, String attribute) {
        return RECORDED.of(objectType, attribute);
    }

    /** The field's billing name, or null if the billing dialect has no such field. */
    static String of(DraftField field) {
        return NAMES.get(field);
    }

    /** The package field a Package/Search names, or null. */
    static PackageSearchField packageSearchField(String name) {
        return named(PackageSearchField.values(), name);
    }

    /** The service field a Service/Search names, or null. */
    static ServiceSearchField serviceSearchField(String name) {
        return named(ServiceSearchField.values(), name);
    }

    private static <F extends DraftField> F named(F[] fields, String name) {
        for (F field : fields) {
            if (name.equals(NAMES.get(field))) {
                return field;
            }
        }
        return null;
    }

    /** How a billing answer names what a problem concerns. */
    static String of(Violation violation) {
        return violation.name(field -> NAMES.getOrDefault(field, field.toString()));
    }
}
