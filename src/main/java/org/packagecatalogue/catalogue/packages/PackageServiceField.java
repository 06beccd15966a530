package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The writable fields of a service in a package. */
public enum PackageServiceField implements DraftField {
    SERVICE(ID),
    DEFAULT_INSTANCES(WHOLE),
    MINIMUM_INSTANCES(WHOLE),
    MAXIMUM_INSTANCES(WHOLE),
    TERM(ID),
    USAGE_CLASS(ID),
    SERVICE_CATEGORY(ID),
    SHARE_PLAN(FLAG),
    /** the service by its public id (an mPaaS product), instead of SERVICE */
    SERVICE_UID(UID),
    /** what this item of the package is sold at (the mPaaS item's terms) */
    PRICE(DECIMAL),
    MONTHLY(FLAG),
    ITEM_TYPE(TEXT);

    private final FieldKind kind;

    PackageServiceField(FieldKind kind) {
        this.kind = kind;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    @Override
    public String recordedIn() {
        // SERVICE_UID writes the same attribute as SERVICE
        return this == SERVICE_UID ? null : PackageService.OBJECT_TYPE;
    }

    @Override
    public String attribute() {
        return switch (this) {
            case SHARE_PLAN -> "usageBucketSharePlan";
            default -> DraftField.super.attribute();
        };
    }
}
