package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.FieldKind;
import org.packagecatalogue.catalogue.search.SearchField;

/** The package fields a search may filter and order on, and where each lives in the query. */
public enum PackageSearchField implements SearchField {
    IDENTITY(FieldKind.ID, "p.id"),
    ID(FieldKind.ID, "p.id"),
    NAME(TEXT, "p.name"),
    DESCRIPTION(TEXT, "p.description"),
    INVOICE_DETAIL(TEXT, "p.invoiceDetail"),
    OWNER_ID(FieldKind.ID, "o.id"),
    OWNER_NAME(TEXT, "o.name"),
    CREATED(INSTANT, "p.created"),
    START(INSTANT, "p.start"),
    EXPIRY(INSTANT, "p.expiry"),
    FULL_PERIOD(FLAG, "p.fullPeriod"),
    POST_PAID(FLAG, "p.postPaid"),
    BILL_ON_ACCOUNT_BILL_DAY(FLAG, "p.billOnAccountBillDay"),
    CHARGE_RECURRING_IF_USAGE(FLAG, "p.chargeRecurringIfUsage"),
    GLOBAL_ADD_ON_ELIGIBLE(FLAG, "p.globalAddOnEligible"),
    QUANTITY_ALLOWED(FLAG, "p.quantityAllowed"),
    DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE_ID(WHOLE, "p.defaultAccountPackageStatusType.id"),
    DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE_NAME(TEXT, "p.defaultAccountPackageStatusType.name"),
    PACKAGE_CATEGORY_ID(WHOLE, "p.category.id"),
    PACKAGE_CATEGORY_NAME(TEXT, "p.category.name");

    private final FieldKind kind;
    /** A fixed JPQL path: field names never come from the request. */
    private final String path;

    PackageSearchField(FieldKind kind, String path) {
        this.kind = kind;
        this.path = path;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    @Override
    public String path() {
        return path;
    }
}
