package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/**
 * How a package is sold: its type, the subscriber it was made for, and its pricing (a price per
 * period, monthly or one-time), kept on the package's pricing frequency.
 */
public enum SaleField implements DraftField {
    TYPE(TEXT),
    /** the subscriber's UUID, as the client wrote it */
    SUBSCRIBER(OUTSIDE_ID),
    PRICE(DECIMAL),
    MONTHLY(FLAG);

    private final FieldKind kind;

    SaleField(FieldKind kind) {
        this.kind = kind;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    @Override
    public String recordedIn() {
        return switch (this) {
            case TYPE, SUBSCRIBER -> PackageCatalogue.OBJECT_TYPE;
            case PRICE -> PackageFrequency.OBJECT_TYPE;
            case MONTHLY -> null; // the pricing frequency's type
        };
    }

    @Override
    public String attribute() {
        return switch (this) {
            case TYPE -> "saleType";
            case SUBSCRIBER -> "subscriberId";
            default -> DraftField.super.attribute();
        };
    }
}
