package org.packagecatalogue.catalogue;

/** The caller's If-Match names a version of the object that is no longer current (412). */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message, null, false, false);
    }

    /** Refuses a change made on a read of another version than the object's current one, when the caller named one. */
    public static void unlessAt(String objectType, Object shown, long current, Long expected) {
        if (expected != null && expected != current) {
            throw new PreconditionFailedException(objectType + " " + shown + " is at version " + current
                    + ", not " + expected + ": read it again");
        }
    }
}
