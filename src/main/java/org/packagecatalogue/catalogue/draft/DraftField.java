package org.packagecatalogue.catalogue.draft;

/**
 * A writable field of a core object and the kind of value it holds. It has no name of its own: each
 * adapter names the fields in its wire's words (one name table per adapter, used both to read a body
 * and to render a violation).
 */
public interface DraftField {

    FieldKind kind();

    /**
     * The type of object (as the change log names it) that keeps this field, or null when the field is not
     * kept as such (a search field, a value derived from others): history names a recorded attribute by the
     * field that writes it, so that each dialect renders it through its own name table.
     */
    default String recordedIn() {
        return null;
    }

    /** The entity attribute this field is kept in: by default the constant's name in camel case (INVOICE_DETAIL: invoiceDetail). */
    default String attribute() {
        return camelCase(((Enum<?>) this).name());
    }

    static String camelCase(String constant) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return name.toString();
    }
}
