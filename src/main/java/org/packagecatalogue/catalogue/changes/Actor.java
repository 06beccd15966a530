package org.packagecatalogue.catalogue.changes;

/** Who made a change: the acting API client, its owner, and the request's trackingId (each null when unknown). */
public record Actor(String clientId, Long ownerId, String trackingId) {

    public static final Actor UNKNOWN = new Actor(null, null, null);

    /** The actor of the current request, wherever it is asked. */
    public interface Source {
        Actor current();
    }
}
