package org.packagecatalogue.catalogue;

/**
 * One problem with a request: which field, a machine-readable code, and a field-agnostic detail.
 * Adapters render the field under their own wire name.
 */
public record Violation(String field, String code, String detail) {

    public static final String REQUIRED = "required";
    public static final String INVALID_TYPE = "invalidType";
    public static final String INVALID_VALUE = "invalidValue";
    public static final String TOO_LONG = "tooLong";
    public static final String UNKNOWN_REFERENCE = "unknownReference";
    public static final String INVALID_RANGE = "invalidRange";
    public static final String MALFORMED = "malformed";

    public static Violation required(String field) {
        return new Violation(field, REQUIRED, "is required");
    }

    public static Violation invalidType(String field, String expected) {
        return new Violation(field, INVALID_TYPE, "must be " + expected);
    }
}
