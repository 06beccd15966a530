package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The writable fields of a package. */
public enum PackageField implements DraftField {
    NAME(TEXT),
    DESCRIPTION(TEXT),
    INVOICE_DETAIL(TEXT),
    START(INSTANT),
    EXPIRY(INSTANT),
    FULL_PERIOD(FLAG),
    POST_PAID(FLAG),
    BILL_ON_ACCOUNT_BILL_DAY(FLAG),
    CHARGE_RECURRING_IF_USAGE(FLAG),
    GLOBAL_ADD_ON_ELIGIBLE(FLAG),
    QUANTITY_ALLOWED(FLAG),
    DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE(ID),
    CATEGORY(ID);

    private final FieldKind kind;

    PackageField(FieldKind kind) {
        this.kind = kind;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    @Override
    public String recordedIn() {
        return PackageCatalogue.OBJECT_TYPE;
    }
}
