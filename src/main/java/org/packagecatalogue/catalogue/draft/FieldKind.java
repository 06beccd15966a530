package org.packagecatalogue.catalogue.draft;

/** The type of value a writable field holds, which tells an adapter how to read it off its wire. */
public enum FieldKind {
    /** a string */
    TEXT,
    /** true or false */
    FLAG,
    /** a whole number that fits an int */
    WHOLE,
    /** the id of another object (a long) */
    ID,
    /** an exact decimal (money, thresholds): never a float */
    DECIMAL,
    /** a point in time */
    INSTANT,
    /** a list of references to objects managed elsewhere, kept as given */
    REFERENCES,
    /** the public id (a UUID) of another object */
    UID,
    /** the id (a UUID) of something the catalogue does not keep, a subscriber: kept as the client wrote it */
    OUTSIDE_ID
}
