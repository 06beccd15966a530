package org.packagecatalogue.catalogue;

/** The caller's If-Match names a version of the object that is no longer current (412). */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message, null, false, false);
    }
}
