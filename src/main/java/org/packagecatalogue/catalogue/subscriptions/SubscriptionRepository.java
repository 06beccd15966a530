package org.packagecatalogue.catalogue.subscriptions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * The subscription queries: by public id, filtered on the caller's subtree ({@link Tenant#visible}); by
 * package, only for a package already loaded through such a query.
 */
@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, Long> {

    public Optional<Subscription> findVisible(Tenant tenant, UUID uid) {
        return getEntityManager().createQuery("from Subscription s join fetch s.pkg p join fetch p.owner o"
                        + " where " + Tenant.visible("o") + " and s.uid = :uid", Subscription.class)
                .setParameter(Tenant.SCOPE, tenant.subtreePattern()).setParameter("uid", uid)
                .getResultList().stream().findFirst();
    }

    /** Locks the subscription's row until the transaction ends, so that changes of one subscription take turns. */
    public void lock(long id) {
        getEntityManager().createNativeQuery("select id from subscription where id = :id for no key update")
                .setParameter("id", id).getResultList();
    }

    /** Every subscription sold of the package, oldest first. */
    /** A package's subscriptions, oldest first: at most {@code limit} (an answer is bounded). */
    public List<Subscription> ofPackage(long packageId, int limit) {
        return getEntityManager().createQuery("from Subscription s where s.pkg.id = :id order by s.id", Subscription.class)
                .setParameter("id", packageId).setMaxResults(limit).getResultList();
    }

    public List<Subscription> ofPackage(long packageId) {
        return getEntityManager().createQuery("from Subscription s where s.pkg.id = :id order by s.id", Subscription.class)
                .setParameter("id", packageId).getResultList();
    }

    public long countActive(long packageId) {
        return getEntityManager().createQuery("select count(s) from Subscription s where s.pkg.id = :id and s.active", Long.class)
                .setParameter("id", packageId).getSingleResult();
    }

    /** Deletes every subscription of the package; answers their ids. */
    public List<Long> deleteOfPackage(long packageId) {
        List<Long> ids = getEntityManager().createQuery("select s.id from Subscription s where s.pkg.id = :id order by s.id", Long.class)
                .setParameter("id", packageId).getResultList();
        getEntityManager().createQuery("delete from Subscription s where s.pkg.id = :id").setParameter("id", packageId).executeUpdate();
        return ids;
    }
}
