package org.packagecatalogue.auth;

/** The roles (JWT groups) a token carries. */
public final class Roles {

    /** Read the catalogue. Every client has it. */
    public static final String READ = "catalogue.read";
    /** Change the catalogue. Read-write clients only. */
    public static final String WRITE = "catalogue.write";
    /** Onboard distributors. Read-write clients of an aggregator only. */
    public static final String ONBOARD = "owners.onboard";

    private Roles() {
    }
}
