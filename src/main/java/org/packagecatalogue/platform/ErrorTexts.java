package org.packagecatalogue.platform;

import java.util.List;

/**
 * The bounds of an error answer, whatever the request held: at most {@link #MAX_ERRORS} problems are listed (then one
 * saying how many more there are), and no text is longer than {@link #MAX_MESSAGE} characters. A problem repeats what
 * the client sent (a field's name, a value), so without a cut a large request would be answered at its own size.
 */
public final class ErrorTexts {

    public static final int MAX_ERRORS = 100;
    public static final int MAX_MESSAGE = 4000;

    private ErrorTexts() {
    }

    /** The text, cut to {@link #MAX_MESSAGE} characters (its end marked with …). */
    public static String cut(String text) {
        return text == null || text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
    }

    /** The first {@link #MAX_ERRORS} items, then what {@code more} makes of how many were left out. */
    public static <T> List<T> firstOf(List<T> items, java.util.function.IntFunction<T> more) {
        if (items.size() <= MAX_ERRORS) {
            return items;
        }
        List<T> kept = new java.util.ArrayList<>(items.subList(0, MAX_ERRORS));
        kept.add(more.apply(items.size() - MAX_ERRORS));
        return kept;
    }
}
