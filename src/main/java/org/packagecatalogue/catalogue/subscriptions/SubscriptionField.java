package org.packagecatalogue.catalogue.subscriptions;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The fields of a sale the core checks (and names in its violations). */
public enum SubscriptionField implements DraftField {
    ICCID,
    TYPE;

    @Override
    public FieldKind kind() {
        return FieldKind.TEXT;
    }

    @Override
    public String recordedIn() {
        return Subscriptions.OBJECT_TYPE;
    }

    @Override
    public String attribute() {
        return switch (this) {
            case TYPE -> "saleType";
            default -> DraftField.super.attribute();
        };
    }
}
