package org.packagecatalogue.catalogue.owner;

/** Aggregator: the platform owner. Distributor: a carrier, MVNE or reseller below it. */
public enum OwnerKind {
    AGGREGATOR("AGID"),
    DISTRIBUTOR("DID");

    /** The prefix of this kind's public identifier, e.g. DID-&lt;uuid&gt;. */
    public final String idPrefix;

    /** The public identifier of an owner of this kind. */
    public String publicId(java.util.UUID uid) {
        return idPrefix + "-" + uid;
    }

    OwnerKind(String idPrefix) {
        this.idPrefix = idPrefix;
    }
}
