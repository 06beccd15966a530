package org.packagecatalogue.catalogue;

/** The service is at its limit for this kind of request and the caller should retry shortly (503). */
public class BusyException extends RuntimeException {

    public BusyException(String message) {
        super(message, null, false, false);
    }
}
