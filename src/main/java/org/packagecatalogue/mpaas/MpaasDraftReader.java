package org.packagecatalogue.mpaas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.UUID;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.platform.JsonDraftValues;
import org.packagecatalogue.catalogue.draft.FieldKind;

/**
 * Reads an mPaaS body into a core draft, every field of the draft's kind that {@link MpaasFieldNames}
 * names: only the fields sent are set, and every wrongly typed one is recorded once, as unreadable.
 * The dialect's conventions: a price is a number or a numeric string (exact, never through a float);
 * a public id is prefixed (TSUID-…, PRID-…), and an empty string clears it.
 */
final class MpaasDraftReader {

    /**
     * The kinds of value this wire carries. It has no numeric ids: a field of another kind that
     * {@link MpaasFieldNames} names is there only to render the core's problems with it.
     */
    private static final java.util.Set<FieldKind> READ_KINDS = java.util.EnumSet.of(
            FieldKind.TEXT, FieldKind.FLAG, FieldKind.DECIMAL, FieldKind.UID, FieldKind.OUTSIDE_ID);

    private MpaasDraftReader() {
    }

    static <F extends Enum<F> & DraftField> Draft<F> read(ObjectNode body, Class<F> fields) {
        return JsonDraftValues.read(body, fields, field -> READ_KINDS.contains(field.kind()) ? MpaasFieldNames.of(field) : null,
                MpaasDraftReader::readOwnKind);
    }

    private static <F extends Enum<F> & DraftField> void readOwnKind(Draft<F> draft, F field, String name, JsonNode value) {
        switch (field.kind()) {
            case DECIMAL -> {
                BigDecimal decimal = price(value);
                if (decimal != null) {
                    draft.set(field, decimal);
                } else {
                    draft.unreadable(field, Violation.invalidType(field, "a number such as 300 or \"1.12\""));
                }
            }
            case UID, OUTSIDE_ID -> {
                if (value.isTextual() && value.textValue().isEmpty()) {
                    draft.set(field, null);
                } else if (!value.isTextual()) {
                    draft.unreadable(field, Violation.invalidType(field,
                            "a string such as " + MpaasFieldNames.idFormat(field).prefix() + "-<uuid>"));
                } else {
                    try {
                        MpaasIdFormat format = MpaasFieldNames.idFormat(field);
                        draft.set(field, field.kind() == FieldKind.OUTSIDE_ID ? format.asSent(name, value.textValue())
                                : format.parse(name, value.textValue()));
                    } catch (InvalidRequestException e) {
                        Violation v = e.violations().get(0);
                        draft.unreadable(field, Violation.of(field, v.code(), v.detail()));
                    }
                }
            }
            default -> throw new IllegalStateException("the mPaaS dialect reads no " + field.kind() + " field: " + field);
        }
    }

    /** A number, or a string holding one ("1.12"), as an exact decimal; null if it is neither. */
    static BigDecimal price(JsonNode node) {
        try {
            if (node.isNumber()) {
                return node.decimalValue();
            }
            if (node.isTextual()) {
                return new BigDecimal(node.textValue().strip());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }
}
