package org.packagecatalogue.catalogue;

/** The request is valid but the current state of the catalogue forbids it (409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message, null, false, false);
    }
}
