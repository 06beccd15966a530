package org.packagecatalogue.catalogue.tenancy;

import java.util.function.Function;

/** A plain-SQL statement in its two forms, one per tenant filter ({@link Tenant#scopeSql}), both written once. */
public record ScopedSql(String bySubtree, String byOwner) {

    /** {@code statement} given the filter's condition on this owner id column and this joined owner. */
    public static ScopedSql of(String ownerIdColumn, String ownerAlias, Function<String, String> statement) {
        return new ScopedSql(statement.apply(new Tenant(0, "/", false).scopeSql(ownerIdColumn, ownerAlias)),
                statement.apply(new Tenant(0, "/", true).scopeSql(ownerIdColumn, ownerAlias)));
    }

    /** The form for this tenant. */
    public String of(Tenant tenant) {
        return tenant.alone() ? byOwner : bySubtree;
    }
}
