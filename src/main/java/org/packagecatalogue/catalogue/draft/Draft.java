package org.packagecatalogue.catalogue.draft;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.packagecatalogue.catalogue.Violation;

/**
 * What a caller asks to set on an object. Only the fields that were sent are present: a create
 * fills the rest with defaults, an update leaves them unchanged. A field sent as null is present
 * with a null value. Problems an adapter met while reading its wire format travel with the draft,
 * so that the caller gets them together with the core's own in one answer.
 */
public final class Draft<F extends Enum<F> & DraftField> {

    private final Map<F, Object> values;
    private final List<Violation> readProblems = new ArrayList<>();

    private Draft(Class<F> fields) {
        this.values = new EnumMap<>(fields);
    }

    public static <F extends Enum<F> & DraftField> Draft<F> of(Class<F> fields) {
        return new Draft<>(fields);
    }

    public Draft<F> set(F field, Object value) {
        values.put(field, value);
        return this;
    }

    /** Records a field the adapter could not read: present, null, and reported as the given problem. */
    public Draft<F> unreadable(F field, Violation violation) {
        values.put(field, null);
        readProblems.add(violation);
        return this;
    }

    public boolean has(F field) {
        return values.containsKey(field);
    }

    public boolean isUnreadable(F field) {
        return readProblems.stream().anyMatch(v -> v.concerns(field));
    }

    public String text(F field) {
        return (String) values.get(field);
    }

    public Boolean flag(F field) {
        return (Boolean) values.get(field);
    }

    public Integer whole(F field) {
        return (Integer) values.get(field);
    }

    public Long id(F field) {
        return (Long) values.get(field);
    }

    public BigDecimal decimal(F field) {
        return (BigDecimal) values.get(field);
    }

    public Instant instant(F field) {
        return (Instant) values.get(field);
    }

    public java.util.UUID uid(F field) {
        return (java.util.UUID) values.get(field);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> references(F field) {
        return (List<Map<String, Object>>) values.get(field);
    }

    public List<Violation> readProblems() {
        return readProblems;
    }
}
