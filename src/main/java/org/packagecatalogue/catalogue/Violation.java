package org.packagecatalogue.catalogue;

import java.util.function.Function;
import org.packagecatalogue.catalogue.draft.DraftField;

/**
 * One problem with a request: what it concerns, a machine-readable code, and a detail that names no
 * field. The core names a field by its {@link DraftField}, never by a wire name: each adapter renders
 * it with its own name table. Problems an adapter finds outside any core field (a query parameter,
 * the body itself) carry the adapter's own {@code wireName}. {@code where} locates the object within a
 * change of several objects (a patch item), or is null.
 */
public record Violation(String where, DraftField field, String wireName, String code, String detail) {

    public static final String REQUIRED = "required";
    public static final String INVALID_TYPE = "invalidType";
    public static final String INVALID_VALUE = "invalidValue";
    public static final String TOO_LONG = "tooLong";
    public static final String UNKNOWN_REFERENCE = "unknownReference";
    public static final String INVALID_RANGE = "invalidRange";
    public static final String MALFORMED = "malformed";
    public static final String NOT_FOUND = "notFound";

    /** A problem an adapter found with something of its own wire, named as the wire names it. */
    public Violation(String wireName, String code, String detail) {
        this(null, null, wireName, code, detail);
    }

    /** A problem with a whole object of a change (e.g. a patch item), not with one of its fields. */
    public static Violation about(String object, String code, String detail) {
        return new Violation(object, null, null, code, detail);
    }

    /** A problem with a core field. */
    public static Violation of(DraftField field, String code, String detail) {
        return new Violation(null, field, null, code, detail);
    }

    public static Violation required(DraftField field) {
        return of(field, REQUIRED, "is required");
    }

    public static Violation required(String wireName) {
        return new Violation(wireName, REQUIRED, "is required");
    }

    public static Violation invalidType(DraftField field, String expected) {
        return of(field, INVALID_TYPE, "must be " + expected);
    }

    public static Violation invalidType(String wireName, String expected) {
        return new Violation(wireName, INVALID_TYPE, "must be " + expected);
    }

    /** The same problem, located within {@code object} (e.g. one item of a patch). */
    public Violation at(String object) {
        return new Violation(where == null ? object : object + "." + where, field, wireName, code, detail);
    }

    public boolean concerns(DraftField f) {
        return field == f;
    }

    /** How a dialect names what this problem concerns, given that dialect's names of core fields. */
    public String name(Function<DraftField, String> names) {
        String name = field != null ? names.apply(field) : wireName;
        if (where == null) {
            return name;
        }
        return name == null ? where : where + "." + name;
    }
}
