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
}
