package org.packagecatalogue.catalogue;

import java.util.List;

/** The request breaks one or more rules; every broken rule is listed, never just the first. */
public class InvalidRequestException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(violations.size() + " violation(s)", null, false, false);
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
