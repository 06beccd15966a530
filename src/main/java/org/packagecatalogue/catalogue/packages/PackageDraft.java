package org.packagecatalogue.catalogue.packages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.packagecatalogue.catalogue.Violation;

/**
 * What a caller asks to set on a package. Only the fields that were sent are present: a create
 * fills the rest with defaults, an update leaves them unchanged. A field sent as null is present
 * with a null value. Problems an adapter met while reading its wire format travel with the draft,
 * so that the caller gets them together with the core's own in one answer.
 */
public final class PackageDraft {

    private final Map<PackageField, Object> values = new EnumMap<>(PackageField.class);
    private final List<Violation> readProblems = new ArrayList<>();

    public PackageDraft set(PackageField field, Object value) {
        values.put(field, value);
        return this;
    }

    public boolean has(PackageField field) {
        return values.containsKey(field);
    }

    public Object get(PackageField field) {
        return values.get(field);
    }

    public String text(PackageField field) {
        return (String) values.get(field);
    }

    public Instant instant(PackageField field) {
        return (Instant) values.get(field);
    }

    public Boolean flag(PackageField field) {
        return (Boolean) values.get(field);
    }

    public Long number(PackageField field) {
        return (Long) values.get(field);
    }

    /** Records a field the adapter could not read: present, null, and reported as the given problem. */
    public PackageDraft unreadable(PackageField field, Violation violation) {
        values.put(field, null);
        readProblems.add(violation);
        return this;
    }

    public PackageDraft readProblem(Violation violation) {
        readProblems.add(violation);
        return this;
    }

    public List<Violation> readProblems() {
        return readProblems;
    }
}
