package org.packagecatalogue.catalogue.packages;

import java.util.UUID;

/** Which package a change is for: by its identity (the billing dialect) or its public id (the mPaaS dialect). */
public record PackageKey(Long id, UUID uid) {

    public static PackageKey of(long id) {
        return new PackageKey(id, null);
    }

    public static PackageKey of(UUID uid) {
        return new PackageKey(null, uid);
    }

    /** How a 404 names it. */
    Object shown() {
        return id != null ? id : uid;
    }
}
