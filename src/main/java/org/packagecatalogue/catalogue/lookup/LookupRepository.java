package org.packagecatalogue.catalogue.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The lookup tables' one query: a whole table, by id. They are the same for every tenant. */
@ApplicationScoped
public class LookupRepository {

    @Inject
    EntityManager em;

    public List<? extends Lookup> all(LookupKind kind) {
        return em.createQuery("from " + kind.entity.getSimpleName() + " l order by l.id", kind.entity).getResultList();
    }
}
