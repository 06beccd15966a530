package org.packagecatalogue.platform;

/** Every turn for this kind of request stayed taken for as long as a request may wait: answered 503 with Retry-After. */
public class BusyException extends RuntimeException {

    public BusyException(String message) {
        super(message, null, false, false);
    }
}
