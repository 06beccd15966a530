package org.packagecatalogue.platform;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** An exception and its causes, outermost first: frameworks wrap what actually went wrong. */
final class Causes {

    private Causes() {
    }

    static Stream<Throwable> of(Throwable e) {
        return Stream.iterate(e, Objects::nonNull, t -> t.getCause() == t ? null : t.getCause());
    }

    /** Whether the exception or any of its causes is of this kind. */
    static boolean any(Throwable e, Predicate<Throwable> kind) {
        return of(e).anyMatch(kind);
    }

    /** The innermost of the exception and its causes that is of this kind, or null. */
    static Throwable innermost(Throwable e, Predicate<Throwable> kind) {
        return of(e).filter(kind).reduce((outer, inner) -> inner).orElse(null);
    }
}
