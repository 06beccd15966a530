package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The writable fields of a package. */
public enum PackageField implements DraftField {
    NAME("name", TEXT),
    DESCRIPTION("description", TEXT),
    INVOICE_DETAIL("invoiceDetail", TEXT),
    START("start", INSTANT),
    EXPIRY("expiry", INSTANT),
    FULL_PERIOD("fullPeriod", FLAG),
    POST_PAID("postPaid", FLAG),
    BILL_ON_ACCOUNT_BILL_DAY("billOnAccountBillDay", FLAG),
    CHARGE_RECURRING_IF_USAGE("chargeRecurringIfUsage", FLAG),
    GLOBAL_ADD_ON_ELIGIBLE("isGlobalAddOnEligible", FLAG),
    QUANTITY_ALLOWED("isQuantityAllowed", FLAG),
    DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE("defaultAccountPackageStatusTypeId", ID),
    CATEGORY("packageCategoryId", ID);

    private final String key;
    private final FieldKind kind;

    PackageField(String key, FieldKind kind) {
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
