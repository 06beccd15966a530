package org.packagecatalogue.catalogue.owner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** The owners' queries. Owners are the tenants: these run before any tenant is known. */
@ApplicationScoped
public class OwnerRepository implements PanacheRepositoryBase<Owner, Long> {

    public Optional<Owner> findByUid(UUID uid) {
        return find("uid", uid).firstResultOptional();
    }

    /** The next owner id: known before the insert, because an owner's path ends with its own id. */
    long nextId() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('owner_id_seq')").getSingleResult()).longValue();
    }

    /** Takes a transaction-scoped advisory lock, so that replicas starting together take turns at {@code key}'s work. */
    public void lockForTransaction(long key) {
        getEntityManager().createNativeQuery("select cast(pg_advisory_xact_lock(:key) as text)").setParameter("key", key).getSingleResult();
    }
}
