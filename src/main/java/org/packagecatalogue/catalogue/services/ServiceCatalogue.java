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
import org.packagecatalogue.catalogue.ConflictException;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.PreconditionFailedException;
import org.packagecatalogue.catalogue.packages.DeletionReport;
import org.packagecatalogue.catalogue.packages.Page;
import org.packagecatalogue.catalogue.packages.PageRequest;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.changes.ChangeAction;
import org.packagecatalogue.catalogue.changes.ChangeLog;
import org.packagecatalogue.catalogue.changes.ChangeSet;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.lookup.ServiceCategory;
import org.packagecatalogue.catalogue.owner.Owner;
import org.packagecatalogue.catalogue.search.Search;
import org.packagecatalogue.catalogue.search.SearchQuery;
import org.packagecatalogue.catalogue.search.Searches;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/** The billable services of a catalogue, scoped to the caller's tenant like packages. */
@ApplicationScoped
@RetriedOnRace
public class ServiceCatalogue {

    public static final String OBJECT_TYPE = "service";
    /** The category of a service created without one ('Other'). */
    static final int DEFAULT_CATEGORY_ID = 6;

    @Inject
    org.packagecatalogue.catalogue.paging.PageBoundaries pages;

    @Inject
    ServiceCache cache;

    @Inject
    EntityManager em;

    @Inject
    ServiceRepository services;

    @Inject
    ServiceSummaries summaries;

    @Inject
    ChangeLog changeLog;

    @Inject
    org.packagecatalogue.config.CatalogueConfig config;

    /** The caller's services, oldest first: at most the list limit, with the true total; read as it is written. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NOT_SUPPORTED)
    public org.packagecatalogue.catalogue.Listing<ServiceSummary> list(Tenant tenant) {
        return summaries.list(tenant, config.list().maxItems(), () -> services.countVisible(tenant));
    }

    /** A page of the caller's services, by identity, with the total unless the caller excluded it. */
    public Page<ServiceSummary> page(Tenant tenant, PageRequest request) {
        return pages.remembered(OBJECT_TYPE, tenant, request, () -> new Page<>(summaries.page(tenant, request),
                request.excludeTotalCount() ? null : services.countVisible(tenant)));
    }

    /** The caller's services matching a search, in its order, at most top in all, a page at a time. */
    public Page<CatalogueService> search(Tenant tenant, Search search) {
        SearchQuery query = SearchQuery.of(search, "s.id");
        return Searches.page(search, query, pages, OBJECT_TYPE, tenant, () -> services.countSearch(tenant, query),
                (q, skip, limit) -> services.searchKeys(tenant, q, skip, limit), ids -> services.searched(tenant, ids));
    }

    /** The service as a read answers it ({@link ServiceCache}); 404 outside the caller's tenant. */
    public ServiceSummary summary(Tenant tenant, long id) {
        return cache.find(tenant, id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    }

    /** {@link #summary(Tenant, long)}, by public id (an mPaaS product). */
    public ServiceSummary summary(Tenant tenant, UUID uid) {
        return cache.find(tenant, uid).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, uid));
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

    /**
     * Changes only the fields sent; by id (billing) or public id (mPaaS). A service changed since the version
     * the caller names (If-Match) is refused with a 412, like a package.
     */
    @Transactional
    public CatalogueService update(Tenant tenant, Long id, UUID uid, Draft<ServiceField> draft, Long expectedVersion) {
        CatalogueService service = lock(tenant, id, uid, expectedVersion);
        apply(draft, service, false);
        changeLog.updated(service, service, ChangeAction.UPDATED); // nothing changed: no version, no entry
        em.clear();
        return get(tenant, service.id);
    }

    /**
     * Removes a service no package holds: while one does (a package item, in the mPaaS dialect), 409. The
     * report names the one row removed.
     */
    @Transactional
    public DeletionReport delete(Tenant tenant, Long id, UUID uid, Long expectedVersion) {
        CatalogueService service = lock(tenant, id, uid, expectedVersion);
        long packages = services.packagesUsing(service.id);
        if (packages > 0) {
            throw new ConflictException(OBJECT_TYPE + " " + shown(id, uid) + " cannot be deleted: " + packages
                    + (packages == 1 ? " package holds it" : " packages hold it") + "; remove it from them first");
        }
        ChangeSet changes = changeLog.changes().deleted(service, service);
        em.remove(service);
        em.flush();
        changeLog.write(changes);
        return new DeletionReport(List.of(DeletionReport.Entry.deleted(OBJECT_TYPE, service.id)));
    }

    /** The fields sent, onto the service; every problem at once. A create must name the service. */
    private void apply(Draft<ServiceField> draft, CatalogueService service, boolean creating) {
        List<Violation> problems = new ArrayList<>(draft.readProblems());
        DraftRules<ServiceField> rules = new DraftRules<>(draft, problems, em);
        if (creating) {
            rules.mustHave(ServiceField.NAME);
        }
        rules.requiredText(ServiceField.NAME, DraftRules.MAX_NAME, v -> service.name = v);
        rules.optionalText(ServiceField.DESCRIPTION, DraftRules.MAX_TEXT, v -> service.description = v);
        rules.lookup(ServiceField.CATEGORY, ServiceCategory.class, false, v -> service.category = v);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private CatalogueService lock(Tenant tenant, Long id, UUID uid, Long expectedVersion) {
        CatalogueService service = services.lockVisible(tenant, id, uid)
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, shown(id, uid)));
        PreconditionFailedException.unlessAt(OBJECT_TYPE, shown(id, uid), service.version, expectedVersion);
        return service;
    }

    private static Object shown(Long id, UUID uid) {
        return id != null ? id : uid;
    }

    @Transactional
    public CatalogueService create(Tenant tenant, Draft<ServiceField> draft) {
        CatalogueService service = new CatalogueService();
        service.uid = UUID.randomUUID();
        service.owner = em.getReference(Owner.class, tenant.ownerId());
        service.category = em.getReference(ServiceCategory.class, DEFAULT_CATEGORY_ID);
        apply(draft, service, true);
        em.persist(service);
        em.flush();
        changeLog.write(changeLog.changes().created(service, service));
        em.clear();
        return get(tenant, service.id);
    }
}
