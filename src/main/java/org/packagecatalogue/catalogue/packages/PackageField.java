package org.packagecatalogue.catalogue.packages;

/** The writable fields of a package, named as the core names them; adapters map their wire names. */
public enum PackageField {
    NAME("name"),
    DESCRIPTION("description"),
    INVOICE_DETAIL("invoiceDetail"),
    START("start"),
    EXPIRY("expiry"),
    FULL_PERIOD("fullPeriod"),
    POST_PAID("postPaid"),
    BILL_ON_ACCOUNT_BILL_DAY("billOnAccountBillDay"),
    CHARGE_RECURRING_IF_USAGE("chargeRecurringIfUsage"),
    GLOBAL_ADD_ON_ELIGIBLE("isGlobalAddOnEligible"),
    QUANTITY_ALLOWED("isQuantityAllowed"),
    DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE("defaultAccountPackageStatusTypeId"),
    CATEGORY("packageCategoryId");

    /** The name violations carry. */
    public final String key;

    PackageField(String key) {
        this.key = key;
    }
}
