package org.packagecatalogue.catalogue.changes;

/**
 * An entity whose changes the change log records: its type as history names it, and its public id. Every
 * other column of the entity is recorded by itself, from Hibernate's mapping (see {@link ChangeLog}).
 */
public interface Recorded {

    String objectType();

    /** The id a client knows the object by besides its number: its UUID, or a client's client id. */
    String publicId();
}
