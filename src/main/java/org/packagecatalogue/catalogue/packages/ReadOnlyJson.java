package org.packagecatalogue.catalogue.packages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only copies of JSON values as Hibernate reads them (objects as maps, arrays as lists), so that a kept
 * {@link PackageDetail} cannot be changed by whoever answers it. Unlike {@code Map.copyOf}, they keep null values and
 * the order of the fields.
 */
final class ReadOnlyJson {

    private ReadOnlyJson() {
    }

    static List<Map<String, Object>> copy(List<Map<String, Object>> objects) {
        if (objects == null) {
            return null;
        }
        List<Map<String, Object>> copies = new ArrayList<>(objects.size());
        objects.forEach(object -> copies.add(object == null ? null : object(object)));
        return Collections.unmodifiableList(copies);
    }

    private static Map<String, Object> object(Map<String, Object> object) {
        Map<String, Object> copy = new LinkedHashMap<>();
        object.forEach((name, value) -> copy.put(name, value(value)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object value) {
        if (value instanceof Map<?, ?> map) {
            return object((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(value(element)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
