package org.packagecatalogue.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The API clients' queries: a client by its id, with the owner it acts for. */
@ApplicationScoped
public class ApiClientRepository implements PanacheRepositoryBase<ApiClient, Long> {

    /** An owner's clients, oldest first, revoked ones included: at most {@code limit} (an answer is bounded). */
    public List<ApiClient> ofOwner(long ownerId, int limit) {
        return getEntityManager().createQuery("from ApiClient c where c.owner.id = :owner order by c.id", ApiClient.class)
                .setParameter("owner", ownerId).setMaxResults(limit).getResultList();
    }

    /** One of the owner's clients, its row locked until the transaction ends (a change follows). */
    public Optional<ApiClient> lockOwned(long ownerId, String clientId) {
        return getEntityManager().createQuery("from ApiClient c where c.owner.id = :owner and c.clientId = :id", ApiClient.class)
                .setParameter("owner", ownerId).setParameter("id", clientId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    /** The client ids of every revoked client. */
    public List<String> revokedClientIds() {
        return getEntityManager().createQuery("select c.clientId from ApiClient c where c.revoked is not null", String.class)
                .getResultList();
    }

    public Optional<ApiClient> findByClientId(String clientId) {
        return getEntityManager().createQuery("from ApiClient c join fetch c.owner where c.clientId = :id", ApiClient.class)
                .setParameter("id", clientId)
                .getResultList().stream()
                .findFirst();
    }
}
