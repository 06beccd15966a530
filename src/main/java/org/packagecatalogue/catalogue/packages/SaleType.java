package org.packagecatalogue.catalogue.packages;

import java.util.List;
import org.packagecatalogue.catalogue.Violation;

/** What a package, an item or a subscription is sold as ("sip", …): 1 to 64 characters, as the schema allows. */
public final class SaleType {

    public static final int MAX_LENGTH = 64;

    private SaleType() {
    }

    /** Adds a violation when a type is given and is blank or longer than {@link #MAX_LENGTH}. */
    public static void check(org.packagecatalogue.catalogue.draft.DraftField field, String type, List<Violation> problems) {
        if (type != null && (type.isBlank() || type.length() > MAX_LENGTH)) {
            problems.add(Violation.of(field, Violation.INVALID_VALUE, "must be 1 to " + MAX_LENGTH + " characters"));
        }
    }
}
