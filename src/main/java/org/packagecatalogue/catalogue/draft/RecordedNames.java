package org.packagecatalogue.catalogue.draft;

import java.util.HashMap;
import java.util.Map;

/**
 * How a dialect names the fields history records: built from its name table, by the object type and attribute
 * each field writes ({@link DraftField#recordedIn()}, {@link DraftField#attribute()}); a field the table does not
 * name keeps the core's name.
 */
public final class RecordedNames {

    private final Map<String, String> names;

    public RecordedNames(Map<? extends DraftField, String> table) {
        Map<String, String> byAttribute = new HashMap<>();
        table.forEach((field, name) -> {
            if (field.recordedIn() != null) {
                byAttribute.put(field.recordedIn() + "." + field.attribute(), name);
            }
        });
        this.names = Map.copyOf(byAttribute);
    }

    public String of(String objectType, String attribute) {
        return names.getOrDefault(objectType + "." + attribute, attribute);
    }
}
