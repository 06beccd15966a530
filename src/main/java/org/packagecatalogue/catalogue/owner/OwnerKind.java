package org.packagecatalogue.catalogue.owner;

/** Aggregator: the platform owner. Distributor: a carrier, MVNE or reseller below it. */
public enum OwnerKind {
    AGGREGATOR("AGID", true),
    DISTRIBUTOR("DID", false);

    /** The prefix of this kind's public identifier, e.g. DID-&lt;uuid&gt;. */
    public final String idPrefix;

    /** Whether an owner of this kind may have owners below it: only an aggregator onboards distributors. */
    public final boolean holdsOthers;

    /** The public identifier of an owner of this kind. */
    public String publicId(java.util.UUID uid) {
        return idPrefix + "-" + uid;
    }

    OwnerKind(String idPrefix, boolean holdsOthers) {
        this.idPrefix = idPrefix;
        this.holdsOthers = holdsOthers;
    }
}
