package org.packagecatalogue.catalogue.tenancy;

/**
 * The caller's place in the owner hierarchy. Every query of the core takes one: a caller sees its
 * own owner and every owner below it, which is every owner whose path starts with the caller's.
 */
public record Tenant(long ownerId, String ownerPath) {

    public Tenant {
        if (ownerPath == null || !ownerPath.startsWith("/") || !ownerPath.endsWith("/")) {
            throw new IllegalArgumentException("owner path must look like /1/7/");
        }
    }

    /** The LIKE pattern matching the caller's subtree. Paths hold only digits and '/', so nothing needs escaping. */
    public String subtreePattern() {
        return ownerPath + "%";
    }

    public boolean covers(String otherOwnerPath) {
        return otherOwnerPath != null && otherOwnerPath.startsWith(ownerPath);
    }
}
