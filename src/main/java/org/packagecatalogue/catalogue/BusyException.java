package org.packagecatalogue.catalogue;

/**
 * Every turn for this kind of request stayed taken for as long as a request may wait ({@link Turns}): answered 503 with
 * Retry-After, like a request that finds no free database connection, but not retried and not a database failure.
 */
public class BusyException extends RuntimeException {

    public BusyException(String message) {
        super(message, null, false, false);
    }
}
