package org.packagecatalogue.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftField;

/** How both dialects read a JSON body into a draft, and the values they write the same way: null, a string, true or false. */
public final class JsonDraftValues {

    /** How a dialect reads a value of one of its own kinds (numbers, ids, dates) into the draft. */
    @FunctionalInterface
    public interface OwnKinds {
        <F extends Enum<F> & DraftField> void read(Draft<F> draft, F field, String name, JsonNode value);
    }

    private JsonDraftValues() {
    }

    /**
     * A draft of every field the dialect names ({@code names} answers null for a field it does not read)
     * that the body sends: null, text and flags read here, the other kinds by {@code ownKinds}.
     */
    public static <F extends Enum<F> & DraftField> Draft<F> read(JsonNode body, Class<F> fields,
                                                                Function<DraftField, String> names, OwnKinds ownKinds) {
        Draft<F> draft = Draft.of(fields);
        for (F field : fields.getEnumConstants()) {
            String name = names.apply(field);
            JsonNode value = name == null ? null : body.get(name);
            if (value != null && !readShared(draft, field, value)) {
                ownKinds.read(draft, field, name, value);
            }
        }
        return draft;
    }

    /**
     * Sets the field from a null, a text or a flag value, or records it unreadable; false for the kinds
     * each dialect reads its own way (numbers, ids, dates), which the caller then reads.
     */
    private static <F extends Enum<F> & DraftField> boolean readShared(Draft<F> draft, F field, JsonNode value) {
        if (value.isNull()) {
            draft.set(field, null);
            return true;
        }
        switch (field.kind()) {
            case TEXT -> {
                if (value.isTextual()) {
                    draft.set(field, value.textValue());
                } else {
                    draft.unreadable(field, Violation.invalidType(field, "a string"));
                }
                return true;
            }
            case FLAG -> {
                if (value.isBoolean()) {
                    draft.set(field, value.booleanValue());
                } else {
                    draft.unreadable(field, Violation.invalidType(field, "true or false"));
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
