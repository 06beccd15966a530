package org.packagecatalogue.catalogue.changes;

/**
 * One field of one change, by the core's name for it (the entity's attribute: {@code name},
 * {@code invoiceDetail}, {@code category}), with its value before and after: a String, Boolean, number,
 * list or map; a reference as the referenced object's id; null where it had none (or, before a create and
 * after a delete, where there was no object).
 */
public record FieldChange(String field, Object before, Object after) {
}
