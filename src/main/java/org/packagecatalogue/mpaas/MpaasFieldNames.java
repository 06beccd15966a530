package org.packagecatalogue.mpaas;

import java.util.Map;

/** The mPaaS dialect's names for the fields the core reports problems with. */
final class MpaasFieldNames {

    private static final Map<String, String> NAMES = Map.of(
            "name", "PackageName",
            "description", "Description",
            "type", "Type",
            "price", "Price",
            "monthly", "Monthly",
            "subscriberId", "SubscriberId",
            "body", "Request body");

    private MpaasFieldNames() {
    }

    static String wireName(String coreField) {
        return NAMES.getOrDefault(coreField, coreField);
    }

    /** The same problems, with the core's field names replaced by an endpoint's own (e.g. name → ProductName). */
    static org.packagecatalogue.catalogue.InvalidRequestException renamed(
            org.packagecatalogue.catalogue.InvalidRequestException e, Map<String, String> names) {
        return new org.packagecatalogue.catalogue.InvalidRequestException(e.violations().stream()
                .map(v -> new org.packagecatalogue.catalogue.Violation(names.getOrDefault(v.field(), v.field()), v.code(), v.detail()))
                .toList());
    }
}
