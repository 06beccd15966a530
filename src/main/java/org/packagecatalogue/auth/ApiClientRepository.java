package org.packagecatalogue.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The API clients' queries: a client by its id, with the owner it acts for. */
@ApplicationScoped
public class ApiClientRepository implements PanacheRepositoryBase<ApiClient, Long> {

    public Optional<ApiClient> findByClientId(String clientId) {
        return getEntityManager().createQuery("from ApiClient c join fetch c.owner where c.clientId = :id", ApiClient.class)
                .setParameter("id", clientId)
                .getResultList().stream()
                .findFirst();
    }
}
