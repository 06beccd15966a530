package org.packagecatalogue.catalogue.services;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.packagecatalogue.catalogue.search.SearchQuery;
import org.packagecatalogue.catalogue.search.Searches;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/** The service aggregate's queries, each filtered on the caller's subtree ({@link Tenant#visible}). */
@ApplicationScoped
public class ServiceRepository implements PanacheRepositoryBase<CatalogueService, Long> {

    /** Loads a service with what its answers name (owner and its parent, category) in one statement. */
    private static final String VISIBLE = "from CatalogueService s join fetch s.owner o left join fetch o.parent"
            + " join fetch s.category where " + Tenant.visible("o");

    private TypedQuery<CatalogueService> visible(Tenant tenant, String condition) {
        return getEntityManager().createQuery(VISIBLE + condition, CatalogueService.class)
                .setParameter(Tenant.SCOPE, tenant.subtreePattern());
    }

    private static final String SEARCHED = " from CatalogueService s join s.owner o where " + Tenant.visible("o");

    /** The order keys of a search's results ({@link Searches#keys}). */
    public List<List<Object>> searchKeys(Tenant tenant, SearchQuery search, long skip, int limit) {
        jakarta.persistence.Query query = getEntityManager()
                .createQuery("select " + search.keySelect() + SEARCHED + search.where() + search.orderBy())
                .setParameter(Tenant.SCOPE, tenant.subtreePattern());
        search.params().forEach(query::setParameter);
        return Searches.keys(query, skip, limit);
    }

    /** The services a search found (the caller's, as the search was), in one statement, in the order of their ids. */
    public List<CatalogueService> searched(Tenant tenant, List<Long> ids) {
        return Searches.inOrderOf(ids, visible(tenant, " and s.id in :ids").setParameter("ids", ids).getResultList(), s -> s.id);
    }

    public long countSearch(Tenant tenant, SearchQuery search) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(s)" + SEARCHED + search.where(), Long.class)
                .setParameter(Tenant.SCOPE, tenant.subtreePattern());
        search.params().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** How many services the caller sees. */
    public long countVisible(Tenant tenant) {
        return getEntityManager().createQuery("select count(s) from CatalogueService s join s.owner o where " + Tenant.visible("o"), Long.class)
                .setParameter(Tenant.SCOPE, tenant.subtreePattern()).getSingleResult();
    }

    /** The caller's service by id or public id, its row locked until the transaction ends (a change follows). */
    public Optional<CatalogueService> lockVisible(Tenant tenant, Long id, UUID uid) {
        // a locking read may not outer-join: the owner's parent stays lazy
        String lockable = "from CatalogueService s join fetch s.owner o join fetch s.category where " + Tenant.visible("o");
        TypedQuery<CatalogueService> query = getEntityManager()
                .createQuery(lockable + (id != null ? " and s.id = :key" : " and s.uid = :key"), CatalogueService.class)
                .setParameter(Tenant.SCOPE, tenant.subtreePattern())
                .setParameter("key", id != null ? id : uid);
        query.setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        // the row is locked by the read itself: a follow-on lock would come after a read that may be stale
        query.setHint(org.hibernate.jpa.HibernateHints.HINT_FOLLOW_ON_STRATEGY, org.hibernate.Locking.FollowOn.DISALLOW);
        return query.getResultList().stream().findFirst();
    }

    /** How many packages hold this service as one of theirs (a package item, in the mPaaS dialect). */
    public long packagesUsing(long serviceId) {
        return getEntityManager().createQuery("select count(distinct ps.pkg.id) from PackageService ps where ps.service.id = :id", Long.class)
                .setParameter("id", serviceId).getSingleResult();
    }

    public Optional<CatalogueService> findVisible(Tenant tenant, long id) {
        return visible(tenant, " and s.id = :id").setParameter("id", id).getResultList().stream().findFirst();
    }

    public Optional<CatalogueService> findVisible(Tenant tenant, UUID uid) {
        return visible(tenant, " and s.uid = :uid").setParameter("uid", uid).getResultList().stream().findFirst();
    }
}
