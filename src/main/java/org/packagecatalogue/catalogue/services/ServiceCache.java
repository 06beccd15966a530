package org.packagecatalogue.catalogue.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.packagecatalogue.catalogue.cache.KeptReads;
import org.packagecatalogue.catalogue.changes.ChangesAnnounced;
import org.packagecatalogue.catalogue.changes.ChangesRecorded;
import org.packagecatalogue.catalogue.changes.CommittedChanges;
import org.packagecatalogue.catalogue.tenancy.Tenant;
import org.packagecatalogue.config.CatalogueConfig;

/**
 * Services by id (the billing dialect's) and by public id (the mPaaS dialect's products), kept in this replica's memory
 * between their changes, by the package cache's rule ({@link KeptReads}): a service is dropped as soon as the change
 * log announces a change of it, everything when this replica cannot be sure it heard of every change; while it cannot,
 * and inside a transaction, every read asks PostgreSQL. A kept service is answered only to a caller whose tenant
 * covers its owner's path, so it never crosses tenants.
 */
@ApplicationScoped
public class ServiceCache {

    /** A kept service and the path of its owner. */
    public record Kept(ServiceSummary summary, String ownerPath) {
    }

    @Inject
    CommittedChanges changes;

    @Inject
    ServiceSummaries summaries;

    private final boolean enabled;
    private final KeptReads<Long, Kept> byId;
    private final KeptReads<UUID, Kept> byUid;

    @Inject
    ServiceCache(CatalogueConfig config) {
        this.enabled = config.cache().enabled();
        this.byId = new KeptReads<>(config.cache().maxEntries(), kept -> 1, () -> changes.listening());
        this.byUid = new KeptReads<>(config.cache().maxEntries(), kept -> 1, () -> changes.listening());
    }

    /** The caller's service with this id; empty when it is missing or outside the caller's tenant. */
    public Optional<ServiceSummary> find(Tenant tenant, long id) {
        Kept found = usable() ? byId.get(id, unknown -> summaries.findKept(tenant, unknown).orElse(null))
                : summaries.findKept(tenant, id).orElse(null);
        return visible(tenant, found);
    }

    /** The caller's service with this public id; empty when it is missing or outside the caller's tenant. */
    public Optional<ServiceSummary> find(Tenant tenant, UUID uid) {
        Kept found = usable() ? byUid.get(uid, unknown -> summaries.findKept(tenant, unknown).orElse(null))
                : summaries.findKept(tenant, uid).orElse(null);
        return visible(tenant, found);
    }

    private static Optional<ServiceSummary> visible(Tenant tenant, Kept found) {
        return found != null && tenant.covers(found.ownerPath()) ? Optional.of(found.summary()) : Optional.empty();
    }

    private boolean usable() {
        return enabled && changes.rememberedAnswersHold();
    }

    /** This replica's own writes drop what they changed as they commit, before their answer is sent. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangesRecorded recorded) {
        recorded.entries().forEach(entry -> {
            if (ServiceCatalogue.OBJECT_TYPE.equals(entry.change().root().type())) {
                drop(entry.change().root().id());
            }
        });
    }

    void announced(@Observes ChangesAnnounced announced) {
        // everything, or a root this cache cannot read: drop all rather than keep a stale one
        announced.idsOf(ServiceCatalogue.OBJECT_TYPE).ifPresentOrElse(ids -> ids.forEach(this::drop), () -> {
            byId.dropAll();
            byUid.dropAll();
        });
    }

    private void drop(long id) {
        byId.drop(id);
        byUid.dropIf(kept -> kept.summary().id() == id);
    }
}
