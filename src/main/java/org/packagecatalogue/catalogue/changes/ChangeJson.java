package org.packagecatalogue.catalogue.changes;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The change log's {@code fields} column: {"field": {"before": v, "after": v}, …}, written and read with Jakarta JSON-P. */
final class ChangeJson {

    /** Looked up once: each of Json's static factories looks the provider up again (a ServiceLoader scan). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ChangeJson() {
    }

    static String write(List<FieldChange> fields) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        for (FieldChange f : fields) {
            object.add(f.field(), JSON.createObjectBuilder().add("before", value(f.before())).add("after", value(f.after())));
        }
        return object.build().toString();
    }

    static List<FieldChange> read(String json) {
        List<FieldChange> fields = new ArrayList<>();
        try (var reader = JSON.createReader(new StringReader(json))) {
            reader.readObject().forEach((name, change) -> {
                JsonObject c = change.asJsonObject();
                fields.add(new FieldChange(name, plain(c.get("before")), plain(c.get("after"))));
            });
        }
        return fields;
    }

    private static JsonValue value(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        }
        if (v instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (v instanceof Long l) {
            return JSON.createValue(l);
        }
        if (v instanceof BigDecimal d) {
            return JSON.createValue(d);
        }
        if (v instanceof List<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(item -> array.add(value(item)));
            return array.build();
        }
        if (v instanceof Map<?, ?> map) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            map.forEach((k, item) -> object.add(String.valueOf(k), value(item)));
            return object.build();
        }
        return JSON.createValue(v.toString());
    }

    private static Object plain(JsonValue v) {
        if (v == null) {
            return null;
        }
        return switch (v.getValueType()) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> ((JsonNumber) v).isIntegral() ? (Object) ((JsonNumber) v).longValue() : ((JsonNumber) v).bigDecimalValue();
            case ARRAY -> ((JsonArray) v).stream().map(ChangeJson::plain).toList();
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                v.asJsonObject().forEach((k, item) -> map.put(k, plain(item)));
                yield map;
            }
        };
    }
}
