package org.packagecatalogue.catalogue.services;

import org.packagecatalogue.catalogue.RetriedOnRace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.lookup.ServiceCategory;
import org.packagecatalogue.catalogue.owner.Owner;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/** The billable services of a catalogue, scoped to the caller's tenant like packages. */
@ApplicationScoped
@RetriedOnRace
public class ServiceCatalogue {

    public static final String OBJECT_TYPE = "service";
    /** The category of a service created without one ('Other'). */
    static final int DEFAULT_CATEGORY_ID = 6;

    @Inject
    EntityManager em;

    @Inject
    ServiceRepository services;

    @Inject
    ServiceSummaries summaries;

    @Inject
    org.packagecatalogue.config.CatalogueConfig config;

    /** The caller's services, oldest first: at most the list limit, with the true total; read as it is written. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NOT_SUPPORTED)
    public org.packagecatalogue.catalogue.Listing<ServiceSummary> list(Tenant tenant) {
        return summaries.list(tenant, config.list().maxItems(), () -> services.countVisible(tenant));
    }

    public CatalogueService get(Tenant tenant, long id) {
        CatalogueService found = findVisible(tenant, id);
        if (found == null) {
            throw new NotFoundException(OBJECT_TYPE, id);
        }
        return found;
    }

    /** The service if it exists and the caller sees it; null otherwise. */
    public CatalogueService findVisible(Tenant tenant, long id) {
        return services.findVisible(tenant, id).orElse(null);
    }

    /** The service with this public id if the caller sees it; null otherwise. */
    public CatalogueService findVisible(Tenant tenant, UUID uid) {
        return services.findVisible(tenant, uid).orElse(null);
    }

    public CatalogueService get(Tenant tenant, UUID uid) {
        CatalogueService found = findVisible(tenant, uid);
        if (found == null) {
            throw new NotFoundException(OBJECT_TYPE, uid);
        }
        return found;
    }

    @Transactional
    public CatalogueService create(Tenant tenant, Draft<ServiceField> draft) {
        List<Violation> problems = new ArrayList<>(draft.readProblems());
        CatalogueService service = new CatalogueService();
        service.uid = UUID.randomUUID();
        service.owner = em.getReference(Owner.class, tenant.ownerId());
        service.category = em.getReference(ServiceCategory.class, DEFAULT_CATEGORY_ID);
        DraftRules<ServiceField> rules = new DraftRules<>(draft, problems, em);
        rules.mustHave(ServiceField.NAME);
        rules.requiredText(ServiceField.NAME, DraftRules.MAX_NAME, v -> service.name = v);
        rules.optionalText(ServiceField.DESCRIPTION, DraftRules.MAX_TEXT, v -> service.description = v);
        rules.lookup(ServiceField.CATEGORY, ServiceCategory.class, false, v -> service.category = v);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        em.persist(service);
        em.flush();
        em.clear();
        return get(tenant, service.id);
    }
}
