package org.packagecatalogue.platform;

import java.util.List;
import org.packagecatalogue.catalogue.Violation;

/**
 * A failed request, before any dialect has shaped it: the HTTP status, a short machine-readable
 * type, a one-line message, and (for bad input) every violation found.
 */
public record ApiFailure(int status, String type, String message, List<Violation> violations) {

    public static ApiFailure of(int status, String type, String message) {
        return new ApiFailure(status, type, message, List.of());
    }
}
