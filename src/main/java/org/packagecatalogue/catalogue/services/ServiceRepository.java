package org.packagecatalogue.catalogue.services;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    /** How many services the caller sees. */
    public long countVisible(Tenant tenant) {
        return getEntityManager().createQuery("select count(s) from CatalogueService s join s.owner o where " + Tenant.visible("o"), Long.class)
                .setParameter(Tenant.SCOPE, tenant.subtreePattern()).getSingleResult();
    }

    public Optional<CatalogueService> findVisible(Tenant tenant, long id) {
        return visible(tenant, " and s.id = :id").setParameter("id", id).getResultStream().findFirst();
    }

    public Optional<CatalogueService> findVisible(Tenant tenant, UUID uid) {
        return visible(tenant, " and s.uid = :uid").setParameter("uid", uid).getResultStream().findFirst();
    }
}
