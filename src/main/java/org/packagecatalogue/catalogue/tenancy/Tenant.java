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

    /**
     * The tenant filter, the one place it is written: a JPQL (or SQL) condition that the owner joined as
     * {@code ownerAlias} lies in the caller's subtree, bound by {@link #SCOPE} to {@link #subtreePattern()}.
     */
    public static String visible(String ownerAlias) {
        return ownerAlias + ".path like :" + SCOPE;
    }

    /** The parameter {@link #visible} binds. */
    public static final String SCOPE = "scope";

    /** The same condition for plain SQL with positional parameters. */
    public static String visibleSql(String ownerAlias) {
        return ownerAlias + ".path like ?";
    }

    /** The LIKE pattern matching the caller's subtree. Paths hold only digits and '/', so nothing needs escaping. */
    public String subtreePattern() {
        return ownerPath + "%";
    }

    public boolean covers(String otherOwnerPath) {
        return otherOwnerPath != null && otherOwnerPath.startsWith(ownerPath);
    }
}
