package org.packagecatalogue.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftField;

/** The values both dialects write the same way in JSON: null, a string, true or false. */
public final class JsonDraftValues {

    private JsonDraftValues() {
    }

    /**
     * Sets the field from a null, a text or a flag value, or records it unreadable; false for the kinds
     * each dialect reads its own way (numbers, ids, dates), which the caller then reads.
     */
    public static <F extends Enum<F> & DraftField> boolean readShared(Draft<F> draft, F field, JsonNode value) {
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
