package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The writable fields of a service in a package. */
public enum PackageServiceField implements DraftField {
    SERVICE("serviceId", ID),
    DEFAULT_INSTANCES("defaultInstances", WHOLE),
    MINIMUM_INSTANCES("minimumInstances", WHOLE),
    MAXIMUM_INSTANCES("maximumInstances", WHOLE),
    TERM("termId", ID),
    USAGE_CLASS("usageClassDynamicId", ID),
    SERVICE_CATEGORY("serviceCategoryId", ID),
    SHARE_PLAN("isUsageBucketSharePlanPackageService", FLAG);

    private final String key;
    private final FieldKind kind;

    PackageServiceField(String key, FieldKind kind) {
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
