package org.packagecatalogue.catalogue.packages;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Locking;
import org.hibernate.jpa.HibernateHints;
import org.packagecatalogue.catalogue.search.SearchQuery;
import org.packagecatalogue.catalogue.search.Searches;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * The package aggregate's queries: the package, its contents and its counts. Every query that starts
 * from a package filters on the caller's subtree in SQL ({@link Tenant#visible}), so an object outside
 * the tenant is never loaded, let alone answered; the queries by a package's id serve only a package
 * already loaded through such a query.
 */
@ApplicationScoped
public class PackageRepository implements PanacheRepositoryBase<CataloguePackage, Long> {

    /** Loads the package with everything its answers name (owner and its parent, category, status type) in one statement. */
    private static final String VISIBLE = "from CataloguePackage p"
            + " join fetch p.owner o"
            + " left join fetch o.parent"
            + " join fetch p.category"
            + " join fetch p.defaultAccountPackageStatusType"
            + " where " + Tenant.visible("o");

    /** As {@link #VISIBLE} but for a locking read, which may not outer-join: the owner's parent stays lazy. */
    private static final String LOCKABLE = "from CataloguePackage p"
            + " join fetch p.owner o"
            + " join fetch p.category"
            + " join fetch p.defaultAccountPackageStatusType"
            + " where " + Tenant.visible("o");

    private <T> TypedQuery<T> scoped(Tenant tenant, String jpql, Class<T> type) {
        return getEntityManager().createQuery(jpql, type).setParameter(Tenant.SCOPE, tenant.subtreePattern());
    }

    public Optional<CataloguePackage> findVisible(Tenant tenant, long id) {
        return scoped(tenant, VISIBLE + " and p.id = :id", CataloguePackage.class).setParameter("id", id)
                .getResultList().stream().findFirst();
    }

    public Optional<CataloguePackage> findVisible(Tenant tenant, UUID uid) {
        return scoped(tenant, VISIBLE + " and p.uid = :uid", CataloguePackage.class).setParameter("uid", uid)
                .getResultList().stream().findFirst();
    }

    /**
     * The package for a change, its row locked by this very read until the transaction ends (only the
     * package's row: owners and lookups stay free), and so as the last writer committed it.
     */
    public Optional<CataloguePackage> lockVisible(Tenant tenant, PackageKey key) {
        TypedQuery<CataloguePackage> query = key.id() != null
                ? scoped(tenant, LOCKABLE + " and p.id = :id", CataloguePackage.class).setParameter("id", key.id())
                : scoped(tenant, LOCKABLE + " and p.uid = :uid", CataloguePackage.class).setParameter("uid", key.uid());
        query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        // in the same statement: a follow-on select would lock the row after reading a state that may be stale
        query.setHint(HibernateHints.HINT_FOLLOW_ON_STRATEGY, Locking.FollowOn.DISALLOW);
        List<CataloguePackage> found = query.getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static final String ACTIVE = "(p.start is null or p.start <= :now) and (p.expiry is null or p.expiry > :now)";

    private static final String AVAILABLE_FOR_CURRENCY =
            " and exists (select 1 from PackageCurrency c where c.pkg = p and c.currency.id = :currency) and " + ACTIVE;

    public long countAvailableForCurrency(Tenant tenant, int currencyId, Instant now) {
        return scoped(tenant, "select count(p) from CataloguePackage p join p.owner o where " + Tenant.visible("o")
                + AVAILABLE_FOR_CURRENCY, Long.class)
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
                        + " join owner o on o.id = c.owner_id where " + Tenant.visible("o"))
                .setParameter(Tenant.SCOPE, tenant.subtreePattern())
                .getSingleResult();
        return total.longValue();
    }

    // --- search ---------------------------------------------------------------------------------------

    private static final String SEARCHED = " from CataloguePackage p join p.owner o where " + Tenant.visible("o");

    /** The order keys of a search's results ({@link Searches#keys}). */
    public List<List<Object>> searchKeys(Tenant tenant, SearchQuery search, long skip, int limit) {
        jakarta.persistence.Query query = getEntityManager()
                .createQuery("select " + search.keySelect() + SEARCHED + search.where() + search.orderBy())
                .setParameter(Tenant.SCOPE, tenant.subtreePattern());
        search.params().forEach(query::setParameter);
        return Searches.keys(query, skip, limit);
    }

    /** The packages a search found, in one statement, in the order of their ids. */
    public List<CataloguePackage> searched(List<Long> ids) {
        return Searches.inOrderOf(ids, getEntityManager().createQuery("from CataloguePackage p"
                        + " join fetch p.owner join fetch p.category join fetch p.defaultAccountPackageStatusType"
                        + " where p.id in :ids", CataloguePackage.class)
                .setParameter("ids", ids).getResultList(), p -> p.id);
    }

    public long countSearch(Tenant tenant, SearchQuery search) {
        TypedQuery<Long> query = scoped(tenant, "select count(p)" + SEARCHED + search.where(), Long.class);
        search.params().forEach(query::setParameter);
        return query.getSingleResult();
    }

    // --- contents of packages already loaded through a scoped query --------------------------------

    /** The services of these packages, with what their answers name, in id order. */
    public List<PackageService> servicesOf(Collection<Long> packageIds) {
        return getEntityManager().createQuery("select ps from PackageService ps"
                        + " join fetch ps.service"
                        + " left join fetch ps.term"
                        + " left join fetch ps.usageClass"
                        + " left join fetch ps.serviceCategory"
                        + " where ps.pkg.id in :ids order by ps.id", PackageService.class)
                .setParameter("ids", packageIds).getResultList();
    }

    /** The usage buckets of these package services, each with its tiers, in id order. */
    public List<UsageBucket> bucketsOf(Collection<Long> packageServiceIds) {
        return getEntityManager().createQuery("select distinct b from UsageBucket b"
                        + " left join fetch b.refillType"
                        + " left join fetch b.refillFrequencyType"
                        + " left join fetch b.expireAfterFrequencyType"
                        + " left join fetch b.baseUnit"
                        + " left join fetch b.tiers t"
                        + " left join fetch t.usageUnit"
                        + " left join fetch t.currency"
                        + " left join fetch t.packageFrequency"
                        // by the services' ids (the bucket's own foreign key), not through a join to the
                        // package: past eight joins PostgreSQL keeps the written join order, and that join
                        // came last, after hashing every bucket and tier (76 ms instead of 0.3 ms at 10,000)
                        + " where b.packageService.id in :services order by b.id", UsageBucket.class)
                .setParameter("services", packageServiceIds).getResultList();
    }

    public List<PackageFrequency> frequenciesOf(Collection<Long> packageIds) {
        return getEntityManager().createQuery("select f from PackageFrequency f"
                        + " join fetch f.frequencyType"
                        + " left join fetch f.term"
                        + " left join fetch f.countingRule"
                        + " where f.pkg.id in :ids order by f.id", PackageFrequency.class)
                .setParameter("ids", packageIds).getResultList();
    }

    public List<PackageCurrency> currenciesOf(Collection<Long> packageIds) {
        return getEntityManager().createQuery("select c from PackageCurrency c"
                        + " join fetch c.currency"
                        + " where c.pkg.id in :ids order by c.id", PackageCurrency.class)
                .setParameter("ids", packageIds).getResultList();
    }

    /** The package's pricing frequency (its first), or null when it has none. */
    public PackageFrequency pricingOf(long packageId) {
        return getEntityManager().createQuery("select f from PackageFrequency f join fetch f.frequencyType"
                        + " where f.pkg.id = :id order by f.id", PackageFrequency.class)
                .setParameter("id", packageId)
                .setMaxResults(1)
                .getResultList().stream().findFirst().orElse(null);
    }

    /** The package's items (its services, each with its service), oldest first. */
    public List<PackageService> itemsOf(long packageId) {
        return getEntityManager().createQuery("from PackageService ps join fetch ps.service where ps.pkg.id = :id order by ps.id",
                        PackageService.class)
                .setParameter("id", packageId).getResultList();
    }

    /** Which package an item (a package service, by its public id) belongs to, if the caller sees it: {packageId, itemId}. */
    public Optional<long[]> findItem(Tenant tenant, UUID itemUid) {
        return scoped(tenant, "select ps.pkg.id, ps.id from PackageService ps join ps.pkg p join p.owner o"
                + " where " + Tenant.visible("o") + " and ps.uid = :uid", Object[].class)
                .setParameter("uid", itemUid)
                .getResultList().stream().findFirst()
                .map(row -> new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()});
    }

    /** Which of these skus the owner's packages use: rows of {sku, package id}. */
    public List<Object[]> skusTaken(long ownerId, Collection<String> skus) {
        return getEntityManager().createQuery("select f.sku, f.pkg.id from PackageFrequency f"
                        + " where f.owner.id = :owner and f.sku in :skus", Object[].class)
                .setParameter("owner", ownerId)
                .setParameter("skus", skus)
                .getResultList();
    }

    // --- removal ------------------------------------------------------------------------------------

    /** What removing the package takes with it: its dependent rows, and its links to shared objects. */
    public List<DeletionReport.Entry> removalReport(long id) {
        List<DeletionReport.Entry> removed = new java.util.ArrayList<>();
        ids(id, "select t.id from Tier t where t.usageBucket.packageService.pkg.id = :id order by t.id")
                .forEach(tierId -> removed.add(DeletionReport.Entry.dependent(Tier.OBJECT_TYPE, tierId)));
        ids(id, "select b.id from UsageBucket b where b.packageService.pkg.id = :id order by b.id")
                .forEach(bucketId -> removed.add(DeletionReport.Entry.dependent(UsageBucket.OBJECT_TYPE, bucketId)));
        ids(id, "select f.id from PackageFrequency f where f.pkg.id = :id order by f.id")
                .forEach(frequencyId -> removed.add(DeletionReport.Entry.dependent(PackageFrequency.OBJECT_TYPE, frequencyId)));
        ids(id, "select ps.service.id from PackageService ps where ps.pkg.id = :id order by ps.id")
                .forEach(serviceId -> removed.add(DeletionReport.Entry.detached(PackageService.OBJECT_TYPE, id, serviceId)));
        ids(id, "select cast(c.currency.id as Long) from PackageCurrency c where c.pkg.id = :id order by c.id")
                .forEach(currencyId -> removed.add(DeletionReport.Entry.detached(PackageCurrency.OBJECT_TYPE, id, currencyId)));
        return removed;
    }

    private List<Long> ids(long packageId, String jpql) {
        return getEntityManager().createQuery(jpql, Long.class).setParameter("id", packageId).getResultList();
    }

    /** Writes and lets go of whatever this transaction loaded, so that no stale row outlives a bulk delete. */
    /**
     * Holds the package against a delete until the transaction ends (a share lock: sales of one package do
     * not wait on each other, but a delete, which locks the row for update, waits for them and they for it);
     * false when the package is gone.
     */
    public boolean holdForSale(long id) {
        return !getEntityManager().createNativeQuery("select id from package where id = :id for share")
                .setParameter("id", id).getResultList().isEmpty();
    }

    public void flushAndClear() {
        getEntityManager().flush();
        getEntityManager().clear();
    }

    /** Deletes the package and its contents, children first: bulk statements, so the cost does not grow with the rows. */
    public void deleteWithContents(long id) {
        var em = getEntityManager();
        em.createQuery("delete from Tier t where t.usageBucket.id in"
                + " (select b.id from UsageBucket b where b.packageService.pkg.id = :id)").setParameter("id", id).executeUpdate();
        em.createQuery("delete from UsageBucket b where b.packageService.id in"
                + " (select ps.id from PackageService ps where ps.pkg.id = :id)").setParameter("id", id).executeUpdate();
        em.createQuery("delete from PackageService ps where ps.pkg.id = :id").setParameter("id", id).executeUpdate();
        em.createQuery("delete from PackageFrequency f where f.pkg.id = :id").setParameter("id", id).executeUpdate();
        em.createQuery("delete from PackageCurrency c where c.pkg.id = :id").setParameter("id", id).executeUpdate();
        em.createQuery("delete from CataloguePackage p where p.id = :id").setParameter("id", id).executeUpdate();
    }
}
