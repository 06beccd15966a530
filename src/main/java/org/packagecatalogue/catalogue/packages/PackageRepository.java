package org.packagecatalogue.catalogue.packages;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * Tenant-scoped package queries. Every query here filters on the caller's subtree in SQL, so an
 * object outside the tenant is never loaded, let alone answered.
 */
@ApplicationScoped
public class PackageRepository implements PanacheRepositoryBase<CataloguePackage, Long> {

    /** Loads the package with everything its answer names (owner, category, status type) in one statement. */
    private static final String VISIBLE = "from CataloguePackage p"
            + " join fetch p.owner o"
            + " join fetch p.category"
            + " join fetch p.defaultAccountPackageStatusType"
            + " where o.path like :scope";

    public Optional<CataloguePackage> findVisible(Tenant tenant, long id) {
        return find(VISIBLE + " and p.id = :id",
                io.quarkus.panache.common.Parameters.with("scope", tenant.subtreePattern()).and("id", id))
                .firstResultOptional();
    }

    public List<CataloguePackage> listVisible(Tenant tenant, int limit) {
        return getEntityManager()
                .createQuery(VISIBLE + " order by p.id", CataloguePackage.class)
                .setParameter("scope", tenant.subtreePattern())
                .setMaxResults(limit)
                .getResultList();
    }

    private static final String AVAILABLE_FOR_CURRENCY =
            " and exists (select 1 from PackageCurrency c where c.pkg = p and c.currency.id = :currency)"
                    + " and (p.start is null or p.start <= :now) and (p.expiry is null or p.expiry > :now)";

    public List<CataloguePackage> availableForCurrency(Tenant tenant, int currencyId, java.time.Instant now, int limit) {
        return getEntityManager()
                .createQuery(VISIBLE + AVAILABLE_FOR_CURRENCY + " order by p.id", CataloguePackage.class)
                .setParameter("scope", tenant.subtreePattern())
                .setParameter("currency", currencyId)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countAvailableForCurrency(Tenant tenant, int currencyId, java.time.Instant now) {
        return getEntityManager()
                .createQuery("select count(p) from CataloguePackage p join p.owner o where o.path like :scope"
                        + AVAILABLE_FOR_CURRENCY, Long.class)
                .setParameter("scope", tenant.subtreePattern())
                .setParameter("currency", currencyId)
                .setParameter("now", now)
                .getSingleResult();
    }

    /**
     * How many packages the caller sees: the sum of its owners' package counts, which the database
     * keeps with every insert and delete (migrations V6, V7). At most 16 rows per owner, however many
     * packages.
     */
    public long countVisible(Tenant tenant) {
        Number total = (Number) getEntityManager()
                .createNativeQuery("select coalesce(sum(c.packages), 0) from owner_package_count c"
                        + " join owner o on o.id = c.owner_id where o.path like :scope")
                .setParameter("scope", tenant.subtreePattern())
                .getSingleResult();
        return total.longValue();
    }
}
