package org.packagecatalogue.catalogue.packages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
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

    /** What the cache holds for a package id: the package, or the mark of a read of it under way. */
    sealed interface Entry permits Kept, Reading {
    }

    /** A kept package and the path of its owner. */
    public record Kept(PackageSummary summary, String ownerPath) implements Entry {
    }

    /**
     * Holds a package's place while it is read from PostgreSQL. Whatever drops the package meanwhile drops the mark, and
     * the read is then answered but not kept: it may have been read before the change that dropped it. Compared by
     * identity, so that each read replaces only its own mark.
     */
    static final class Reading implements Entry {
    }

    static final String ROOT = PackageCatalogue.OBJECT_TYPE;

    @Inject
    CommittedChanges changes;

    @Inject
    PackageSummaries summaries;

    private final boolean enabled;
    // size + expire-after-write: a combination whose Caffeine classes are registered for the native image (see RateLimits)
    private final Cache<Long, Entry> kept;

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
        Kept found = kept.getIfPresent(id) instanceof Kept k ? k : read(tenant, id);
        return found != null && tenant.covers(found.ownerPath()) ? Optional.of(found.summary()) : Optional.empty();
    }

    /**
     * The package read from PostgreSQL (null when the caller's tenant has none with this id), kept unless a change of
     * this package was announced while it was read. Changes of other packages meanwhile do not stop it being kept.
     */
    private Kept read(Tenant tenant, long id) {
        Reading reading = new Reading();
        kept.put(id, reading);
        Kept loaded = summaries.findKept(tenant, id).orElse(null);
        if (loaded == null || !changes.listening() || !kept.asMap().replace(id, reading, loaded)) {
            kept.asMap().remove(id, reading);
        }
        return loaded;
    }

    /**
     * This replica's own writes drop their packages as they commit, before their answer is sent: its client reads its
     * write at once, without waiting for the announcement to come back.
     */
    void committed(@Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
                   org.packagecatalogue.catalogue.changes.ChangesRecorded recorded) {
        recorded.entries().forEach(entry -> {
            if (ROOT.equals(entry.change().root().type())) {
                kept.invalidate(entry.change().root().id());
            }
        });
    }

    void drop(@Observes ChangesAnnounced announced) {
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
