package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.FieldKind;

/** The package fields a search may filter and order on, and where each lives in the query. */
public enum SearchField {
    IDENTITY("identity", FieldKind.ID, "p.id"),
    ID("id", FieldKind.ID, "p.id"),
    NAME("name", TEXT, "p.name"),
    DESCRIPTION("description", TEXT, "p.description"),
    INVOICE_DETAIL("invoiceDetail", TEXT, "p.invoiceDetail"),
    OWNER_ID("ownerId", FieldKind.ID, "o.id"),
    OWNER_NAME("ownerName", TEXT, "o.name"),
    CREATED("created", INSTANT, "p.created"),
    START("start", INSTANT, "p.start"),
    EXPIRY("expiry", INSTANT, "p.expiry"),
    FULL_PERIOD("fullPeriod", FLAG, "p.fullPeriod"),
    POST_PAID("postPaid", FLAG, "p.postPaid"),
    BILL_ON_ACCOUNT_BILL_DAY("billOnAccountBillDay", FLAG, "p.billOnAccountBillDay"),
    CHARGE_RECURRING_IF_USAGE("chargeRecurringIfUsage", FLAG, "p.chargeRecurringIfUsage"),
    GLOBAL_ADD_ON_ELIGIBLE("isGlobalAddOnEligible", FLAG, "p.globalAddOnEligible"),
    QUANTITY_ALLOWED("isQuantityAllowed", FLAG, "p.quantityAllowed"),
    DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE_ID("defaultAccountPackageStatusTypeId", WHOLE, "p.defaultAccountPackageStatusType.id"),
    DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE_NAME("defaultAccountPackageStatusTypeName", TEXT, "p.defaultAccountPackageStatusType.name"),
    PACKAGE_CATEGORY_ID("packageCategoryId", WHOLE, "p.category.id"),
    PACKAGE_CATEGORY_NAME("packageCategoryName", TEXT, "p.category.name");

    public final String key;
    public final FieldKind kind;
    /** A fixed JPQL path: field names never come from the request. */
    final String path;

    SearchField(String key, FieldKind kind, String path) {
        this.key = key;
        this.kind = kind;
        this.path = path;
    }

    public static SearchField byKey(String key) {
        for (SearchField f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }
}
