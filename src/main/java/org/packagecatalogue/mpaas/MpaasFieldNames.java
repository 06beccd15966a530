package org.packagecatalogue.mpaas;

import java.util.Map;

/** The mPaaS dialect's names for the fields the core reports problems with. */
final class MpaasFieldNames {

    private static final Map<String, String> NAMES = Map.of(
            "name", "Name",
            "description", "Description",
            "body", "Request body");

    private MpaasFieldNames() {
    }

    static String wireName(String coreField) {
        return NAMES.getOrDefault(coreField, coreField);
    }
}
