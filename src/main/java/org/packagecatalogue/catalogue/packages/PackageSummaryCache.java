package org.packagecatalogue.catalogue.packages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.packagecatalogue.catalogue.changes.ChangesAnnounced;
import org.packagecatalogue.catalogue.changes.CommittedChanges;
import org.packagecatalogue.catalogue.tenancy.Tenant;
import org.packagecatalogue.config.CatalogueConfig;

/**
 * Packages by id, kept in this replica's memory between their changes: a package is dropped as soon as the change log
 * announces a change under it (any replica's, any dialect's: the package, its contents, its sale terms, its deletion),
 * and everything is dropped when this replica cannot be sure it heard of every change. While it cannot
 * ({@link CommittedChanges#listening()} false), every read asks PostgreSQL.
 * <p>
 * A package is loaded with the caller's tenant filter, like any read, and kept with its owner's path; a kept package is
 * answered only to a caller whose tenant covers that path, so it never crosses tenants.
 */
@ApplicationScoped
public class PackageSummaryCache {

    /** A kept package and the path of its owner. */
    public record Kept(PackageSummary summary, String ownerPath) {
    }

    static final String ROOT = PackageCatalogue.OBJECT_TYPE;

    @Inject
    CommittedChanges changes;

    @Inject
    PackageSummaries summaries;

    private final boolean enabled;
    // size + expire-after-write: a combination whose Caffeine classes are registered for the native image (see RateLimits)
    private final Cache<Long, Kept> kept;
    /** Moves on every announcement: a load that saw it move may have read what the announcement replaces. */
    private final AtomicLong epoch = new AtomicLong();

    @Inject
    PackageSummaryCache(CatalogueConfig config) {
        this.enabled = config.cache().enabled();
        this.kept = Caffeine.newBuilder().maximumSize(config.cache().maxEntries()).expireAfterWrite(Duration.ofHours(1)).build();
    }

    /** The caller's package with this id, as {@link PackageSummaries#find} answers it. */
    public Optional<PackageSummary> find(Tenant tenant, long id) {
        if (!enabled || !changes.rememberedAnswersHold()) {
            return summaries.find(tenant, id);
        }
        Kept found = kept.getIfPresent(id);
        if (found == null) {
            long before = epoch.get();
            Optional<Kept> loaded = summaries.findKept(tenant, id);
            if (loaded.isEmpty()) {
                return Optional.empty();
            }
            found = loaded.get();
            if (changes.listening() && epoch.get() == before) {
                kept.put(id, found);
                // an announcement between the check and the put moved the epoch before it dropped anything
                if (epoch.get() != before) {
                    kept.invalidate(id);
                }
            }
        }
        return tenant.covers(found.ownerPath()) ? Optional.of(found.summary()) : Optional.empty();
    }

    /**
     * This replica's own writes drop their packages as they commit, before their answer is sent: its client reads its
     * write at once, without waiting for the announcement to come back.
     */
    void committed(@Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
                   org.packagecatalogue.catalogue.changes.ChangesRecorded recorded) {
        epoch.incrementAndGet();
        recorded.entries().forEach(entry -> {
            if (ROOT.equals(entry.change().root().type())) {
                kept.invalidate(entry.change().root().id());
            }
        });
    }

    void drop(@Observes ChangesAnnounced announced) {
        epoch.incrementAndGet();
        if (announced.everything()) {
            kept.invalidateAll();
            return;
        }
        for (String root : announced.roots()) {
            if (root.startsWith(ROOT + ":")) {
                try {
                    kept.invalidate(Long.parseLong(root.substring(ROOT.length() + 1)));
                } catch (NumberFormatException e) {
                    kept.invalidateAll(); // a root this cache cannot read: drop all rather than keep a stale one
                }
            }
        }
    }

    /** How many packages are kept now (tests). */
    long size() {
        kept.cleanUp();
        return kept.estimatedSize();
    }
}
