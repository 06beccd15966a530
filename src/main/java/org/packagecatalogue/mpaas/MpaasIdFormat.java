package org.packagecatalogue.mpaas;

import java.util.UUID;

/** A prefixed public id of the mPaaS dialect (PID-…, PRID-…): how it is written and read. */
interface MpaasIdFormat {

    String prefix();

    /** The UUID of a prefixed id, or a 400 naming the field. */
    UUID parse(String field, String value);

    /**
     * A client-made id (a subscriber's, a number's): checked like any, then its UUID kept as the client wrote it,
     * so that it comes back in the same case.
     */
    default String asSent(String field, String value) {
        parse(field, value);
        return value.substring(value.indexOf('-') + 1);
    }

    /** A client-made id as it was sent, under this format's prefix. */
    default String formatAsSent(String uuid) {
        return uuid == null ? null : prefix() + "-" + uuid;
    }
}
