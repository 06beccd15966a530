package org.packagecatalogue.mpaas;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;

/**
 * The mPaaS dialect's identifiers: a prefix and a UUID (PID-…, DID-…, AGID-…, TSUID-…). Answers use
 * the canonical prefix; inputs also accept the documented aliases (PKID- for PID-, AID- for AGID-,
 * SID- for TSUID-). A malformed id is a 400; a well-formed unknown one is the caller's 404.
 */
enum MpaasIds implements MpaasIdFormat {
    PACKAGE("PID", "PKID"),
    DISTRIBUTOR("DID"),
    AGGREGATOR("AGID", "AID"),
    SUBSCRIBER("TSUID", "SID");

    final String prefix;
    private final List<String> accepted;

    MpaasIds(String prefix, String... aliases) {
        this.prefix = prefix;
        this.accepted = java.util.stream.Stream.concat(java.util.stream.Stream.of(prefix), java.util.stream.Stream.of(aliases)).toList();
    }

    @Override
    public String prefix() {
        return prefix;
    }

    String format(UUID uid) {
        return uid == null ? null : prefix + "-" + uid;
    }

    @Override
    public UUID parse(String field, String value) {
        return parsePrefixed(field, value, prefix, accepted);
    }

    static UUID parsePrefixed(String field, String value, String prefix, List<String> accepted) {
        if (value != null) {
            int dash = value.indexOf('-');
            if (dash > 0 && accepted.contains(value.substring(0, dash).toUpperCase(Locale.ROOT))) {
                try {
                    String uuid = value.substring(dash + 1);
                    if (uuid.length() == 36) {
                        return UUID.fromString(uuid);
                    }
                } catch (IllegalArgumentException e) {
                    // reported below
                }
            }
        }
        throw new InvalidRequestException(new Violation(field, Violation.MALFORMED,
                "must be " + prefix + "- followed by a UUID, e.g. " + prefix + "-a56cf783-c249-42fa-bf52-529e5886cdd4"));
    }
}
