package org.packagecatalogue.mpaas;

import java.util.UUID;

/** A prefixed public id of the mPaaS dialect (PID-…, PRID-…): how it is written and read. */
interface MpaasIdFormat {

    String prefix();

    /** The UUID of a prefixed id, or a 400 naming the field. */
    UUID parse(String field, String value);
}
