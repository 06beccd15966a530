package org.packagecatalogue.billing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A Search's {@code fields}: which fields of a view it may ask for, and the view cut down to them. */
final class FieldProjection {

    private FieldProjection() {
    }

    /** The answer fields of a view record. */
    static Set<String> fieldsOf(Class<? extends Record> view) {
        return Arrays.stream(view.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toUnmodifiableSet());
    }

    /** Only the asked-for fields of a view, in the view's order; the whole view when none are asked for. */
    static Object project(ObjectMapper mapper, Record view, Set<String> fields) {
        if (fields.isEmpty()) {
            return view;
        }
        ObjectNode all = mapper.valueToTree(view);
        all.retain(fields);
        return all;
    }
}
