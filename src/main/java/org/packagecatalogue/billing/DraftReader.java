package org.packagecatalogue.billing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.platform.JsonDraftValues;

/**
 * Reads a billing object from its JSON into a core draft, field by field, so that every wrongly typed
 * field is reported at once, under its name in {@link BillingFieldNames}. Read-only fields
 * (identity, id, ownerId, ownerName, created, the ...Name of a reference) and unknown fields are
 * ignored, never trusted.
 */
final class DraftReader {

    private DraftReader() {
    }

    static <F extends Enum<F> & DraftField> Draft<F> read(JsonNode body, Class<F> fields) {
        return JsonDraftValues.read(body, fields, BillingFieldNames::of, DraftReader::readOwnKind);
    }

    private static <F extends Enum<F> & DraftField> void readOwnKind(Draft<F> draft, F field, String name, JsonNode value) {
        switch (field.kind()) {
            case WHOLE -> {
                if (value.isIntegralNumber() && value.canConvertToInt()) {
                    draft.set(field, value.intValue());
                } else {
                    draft.unreadable(field, Violation.invalidType(field, "a whole number"));
                }
            }
            case ID -> {
                if (value.isIntegralNumber() && value.canConvertToLong()) {
                    draft.set(field, value.longValue());
                } else {
                    draft.unreadable(field, Violation.invalidType(field, "a whole number"));
                }
            }
            case DECIMAL -> {
                BigDecimal decimal = value.isNumber() ? value.decimalValue() : null;
                if (decimal != null && decimal.abs().compareTo(MAX_DECIMAL) < 0) {
                    draft.set(field, decimal);
                } else {
                    draft.unreadable(field, Violation.invalidType(field, "a number"));
                }
            }
            case INSTANT -> {
                Instant instant = value.isTextual() ? parseInstant(value.textValue()) : null;
                if (instant != null) {
                    draft.set(field, instant);
                } else {
                    draft.unreadable(field, Violation.invalidType(field, "an ISO 8601 date-time such as 2021-04-26T15:25:27.587Z"));
                }
            }
            case REFERENCES -> {
                List<Map<String, Object>> references = references(value);
                if (references != null) {
                    draft.set(field, references);
                } else {
                    draft.unreadable(field, Violation.invalidType(field, "a list of objects"));
                }
            }
        }
    }

    private static final BigDecimal MAX_DECIMAL = new BigDecimal("1e15");

    /** A JSON array of objects, as plain maps and lists; null if it is not one. */
    private static List<Map<String, Object>> references(JsonNode value) {
        if (!value.isArray()) {
            return null;
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isObject()) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) plain(item);
            list.add(map);
        }
        return list;
    }

    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                map.put(e.getKey(), plain(e.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(plain(n)));
            return list;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.asText();
    }

    /** ISO 8601 with an offset; a date-time without one is taken as UTC. */
    static Instant parseInstant(String text) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime odt ? odt.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }
}
