package org.packagecatalogue.catalogue.tenancy;

/**
 * The caller's place in the owner hierarchy. Every query of the core takes one: a caller sees its
 * own owner and every owner below it, which is every owner whose path starts with the caller's.
 * {@code alone}: its owner is of a kind that holds no other owner, so that it sees its own owner only.
 */
public record Tenant(long ownerId, String ownerPath, boolean alone) {

    public Tenant {
        if (ownerPath == null || !ownerPath.startsWith("/") || !ownerPath.endsWith("/")) {
            throw new IllegalArgumentException("owner path must look like /1/7/");
        }
    }

    /** A tenant that may hold other owners: seen through its subtree's path. */
    public Tenant(long ownerId, String ownerPath) {
        this(ownerId, ownerPath, false);
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

    /**
     * The tenant filter for plain SQL, with one positional parameter that {@link #bindScope} binds. A tenant alone
     * is matched by its owner id, which an (owner_id, id) index serves in id order however many other tenants' rows
     * share the table; any other by its subtree's path, as {@link #visibleSql}.
     */
    public String scopeSql(String ownerIdColumn, String ownerAlias) {
        return alone ? ownerIdColumn + " = ?" : visibleSql(ownerAlias);
    }

    /** Binds {@link #scopeSql}'s parameter. */
    public void bindScope(java.sql.PreparedStatement statement, int index) throws java.sql.SQLException {
        if (alone) {
            statement.setLong(index, ownerId);
        } else {
            statement.setString(index, subtreePattern());
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
