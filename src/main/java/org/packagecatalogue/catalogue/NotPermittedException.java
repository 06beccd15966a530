package org.packagecatalogue.catalogue;

/** The caller is known and the object is visible, but this operation is not theirs to do. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message, null, false, false);
    }
}
