package org.packagecatalogue.catalogue.draft;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.lookup.Lookup;

/**
 * Applies the fields of a draft to an object, checking the rules every field of a kind shares, and
 * collecting every violation instead of stopping at the first. A field the adapter could not read
 * is already reported, so it is never reported twice.
 */
public final class DraftRules<F extends Enum<F> & DraftField> {

    public static final int MAX_NAME = 255;
    public static final int MAX_TEXT = 4000;

    private final Draft<F> draft;
    private final List<Violation> problems;
    private final EntityManager em;

    public DraftRules(Draft<F> draft, List<Violation> problems, EntityManager em) {
        this.draft = draft;
        this.problems = problems;
        this.em = em;
    }

    /** A required text, 1 to {@code max} characters and not blank. */
    public void requiredText(F field, int max, Consumer<String> set) {
        if (!draft.has(field)) {
            return;
        }
        String value = draft.text(field);
        if (value == null || value.isBlank()) {
            required(field);
        } else if (length(field, value, max)) {
            set.accept(value);
        }
    }

    /** An optional text: null clears it. */
    public void optionalText(F field, int max, Consumer<String> set) {
        if (!draft.has(field)) {
            return;
        }
        String value = draft.text(field);
        if (value == null || length(field, value, max)) {
            set.accept(value);
        }
    }

    public void flag(F field, Consumer<Boolean> set) {
        if (!draft.has(field)) {
            return;
        }
        Boolean value = draft.flag(field);
        if (value == null) {
            if (!draft.isUnreadable(field)) {
                problems.add(Violation.of(field, Violation.REQUIRED, "must be true or false, not null"));
            }
            return;
        }
        set.accept(value);
    }

    /** A whole number at least {@code min}; null allowed when {@code nullable}. */
    public void whole(F field, int min, boolean nullable, Consumer<Integer> set) {
        if (!draft.has(field)) {
            return;
        }
        Integer value = draft.whole(field);
        if (absent(field, value, nullable, set)) {
            return;
        }
        if (value < min) {
            problems.add(Violation.of(field, Violation.INVALID_VALUE, "must be " + min + " or more"));
        } else {
            set.accept(value);
        }
    }

    /** An exact decimal at least {@code min} (when given); null allowed when {@code nullable}. */
    public void decimal(F field, BigDecimal min, boolean nullable, Consumer<BigDecimal> set) {
        if (!draft.has(field)) {
            return;
        }
        BigDecimal value = draft.decimal(field);
        if (absent(field, value, nullable, set)) {
            return;
        }
        if (min != null && value.compareTo(min) < 0) {
            problems.add(Violation.of(field, Violation.INVALID_VALUE, "must be " + min.toPlainString() + " or more"));
        } else if (value.scale() > 6 || value.precision() - value.scale() > 13) {
            problems.add(Violation.of(field, Violation.INVALID_VALUE, "must have at most 13 digits before and 6 after the point"));
        } else {
            set.accept(value);
        }
    }

    /** A reference to a lookup row; null allowed when {@code nullable}. */
    public <L extends Lookup> void lookup(F field, Class<L> type, boolean nullable, Consumer<L> set) {
        if (!draft.has(field)) {
            return;
        }
        Long id = draft.id(field);
        if (absent(field, id, nullable, set)) {
            return;
        }
        L found = id < 1 || id > Integer.MAX_VALUE ? null : em.find(type, id.intValue());
        if (found == null) {
            problems.add(unknown(field, id));
        } else {
            set.accept(found);
        }
    }

    /** A null value: cleared when the field may be empty, reported as required when not. */
    private <T> boolean absent(F field, Object value, boolean nullable, Consumer<T> set) {
        if (value != null) {
            return false;
        }
        if (nullable) {
            set.accept(null);
        } else {
            required(field);
        }
        return true;
    }

    public void required(F field) {
        if (!draft.isUnreadable(field)) {
            problems.add(Violation.required(field));
        }
    }

    /** The draft must set this field (on a create). */
    public void mustHave(F field) {
        if (!draft.has(field)) {
            problems.add(Violation.required(field));
        }
    }

    public static Violation unknown(DraftField field, Object id) {
        return Violation.of(field, Violation.UNKNOWN_REFERENCE, "refers to no known value: " + id);
    }

    private boolean length(F field, String value, int max) {
        if (value.length() > max) {
            problems.add(Violation.of(field, Violation.TOO_LONG, "must be at most " + max + " characters"));
            return false;
        }
        return true;
    }
}
