package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.packagecatalogue.catalogue.Listing;
import org.packagecatalogue.catalogue.PlainReads;
import org.packagecatalogue.catalogue.cache.KeptReads;
import org.packagecatalogue.catalogue.cache.KeptRendering;
import org.packagecatalogue.catalogue.changes.ChangesAnnounced;
import org.packagecatalogue.catalogue.changes.ChangesRecorded;
import org.packagecatalogue.catalogue.changes.CommittedChanges;
import org.packagecatalogue.catalogue.services.ServiceCatalogue;
import org.packagecatalogue.catalogue.tenancy.Tenant;
import org.packagecatalogue.config.CatalogueConfig;

/**
 * Packages by id, what each contains, and callers' lists of offers (the mPaaS list), kept in this replica's memory
 * between their changes ({@link KeptReads}). A package and its contents are dropped as soon as the change log announces a
 * change under it (any replica's, any dialect's: the package, its contents, its sale terms, its deletion); contents are
 * also dropped when a service they show changes (a rename shows in the Detail); lists when any package changes, or
 * when one of the caller's packages goes on sale or off it; everything is dropped when this replica cannot be sure it
 * heard of every change. While it cannot ({@link CommittedChanges#listening()} false), and inside a transaction, every read asks
 * PostgreSQL.
 * <p>
 * A package is loaded with the caller's tenant filter, like any read, and kept with its owner's path; a kept package is
 * answered only to a caller whose tenant covers that path, so it never crosses tenants. Contents are asked for only by
 * the id of a package the caller was just answered, so they are behind the same check. A list is kept per caller's
 * subtree and read with its filter.
 */
@ApplicationScoped
public class PackageCache {

    /** A kept package and the path of its owner. */
    public record Kept(PackageSummary summary, String ownerPath) {
    }

    /** A package's contents, and where the answers showing them are kept once rendered (null when not kept). */
    record KeptContents(PackageDetail.Contents contents, KeptRendering rendering) {
    }

    static final String ROOT = PackageCatalogue.OBJECT_TYPE;
    static final String SERVICE_ROOT = ServiceCatalogue.OBJECT_TYPE;

    @Inject
    CommittedChanges changes;

    @Inject
    PackageSummaries summaries;

    @Inject
    PlainReads reads;

    /** A caller's list of offers (null: all; else on sale or not) up to the list limit. */
    private record OfferList(String subtree, Boolean onSale, int limit) {
    }

    /**
     * A list of offers as read at {@code readAt}. Besides a change of a package, only time changes it: when a package
     * goes on sale or off it, which none does before {@code until} (null: none will). Its answers' bytes are kept with
     * it, once written: a list asked again is written again, not rendered again.
     */
    private record KeptOffers(List<OfferSummary> rows, long total, Instant readAt, Instant until, Listing.Renderings renderings) {
        boolean holdsAt(Instant now) {
            return !now.isBefore(readAt) && (until == null || now.isBefore(until));
        }
    }

    private final boolean enabled;
    private final KeptReads<Long, Kept> packages;
    private final KeptReads<Long, KeptContents> contents;
    private final KeptReads<OfferList, KeptOffers> offerLists;

    @Inject
    PackageCache(CatalogueConfig config) {
        this.enabled = config.cache().enabled();
        this.packages = new KeptReads<>(config.cache().maxEntries(), kept -> 1, () -> changes.listening());
        this.contents = new KeptReads<>(config.cache().maxContentRows(), kept -> kept.contents().rows(), () -> changes.listening());
        this.offerLists = new KeptReads<>(config.cache().maxListRows(), kept -> 1 + kept.rows().size(), () -> changes.listening());
    }

    /** The caller's package with this id, as {@link PackageSummaries#find} answers it. */
    public Optional<PackageSummary> find(Tenant tenant, long id) {
        if (!usable()) {
            return summaries.find(tenant, id);
        }
        Kept found = packages.get(id, unknown -> summaries.findKept(tenant, unknown).orElse(null));
        return found != null && tenant.covers(found.ownerPath()) ? Optional.of(found.summary()) : Optional.empty();
    }

    /**
     * The contents of these packages, which the caller has been answered: kept ones from memory, the others read together
     * with {@code read}.
     */
    Map<Long, KeptContents> contents(Collection<Long> packageIds, Function<List<Long>, Map<Long, PackageDetail.Contents>> read) {
        if (!usable()) {
            return withRenderings(read.apply(List.copyOf(packageIds)), false);
        }
        return contents.getAll(packageIds, unknown -> withRenderings(read.apply(unknown), true));
    }

    /** Contents as read, each with a place for its renderings when they are to be kept. */
    private static Map<Long, KeptContents> withRenderings(Map<Long, PackageDetail.Contents> read, boolean kept) {
        Map<Long, KeptContents> withRenderings = new HashMap<>(read.size() * 2);
        read.forEach((id, contents) -> withRenderings.put(id, new KeptContents(contents, kept ? new KeptRendering() : null)));
        return withRenderings;
    }

    /**
     * The caller's offers at {@code now}, as {@link PackageSummaries#offers} reads them: a list kept since a read at or
     * before {@code now}, when no package changed since and none went on sale or off it in between; else read (holding a
     * list's turn, like any read list) and kept.
     */
    Listing<OfferSummary> offers(Tenant tenant, Boolean onSale, Instant now, int limit) {
        if (!usable()) {
            return summaries.offers(tenant, onSale, now, limit);
        }
        OfferList list = new OfferList(tenant.subtreePattern(), onSale, limit);
        for (int attempt = 0; attempt < 2; attempt++) {
            List<Listing<OfferSummary>> read = new java.util.ArrayList<>(1);
            KeptOffers kept = offerLists.get(list, unknown -> {
                Listing<OfferSummary> listing = summaries.offers(tenant, onSale, now, limit);
                read.add(listing);
                try {
                    return new KeptOffers(List.copyOf(listing.rows()), listing.total(), now,
                            summaries.nextSaleChange(tenant, now).orElse(null), new Listing.Renderings());
                } catch (RuntimeException e) {
                    listing.close();
                    throw e;
                }
            });
            if (!read.isEmpty()) {
                return read.get(0);
            }
            if (kept.holdsAt(now)) {
                return reads.kept(kept.rows(), kept.total(), kept.renderings());
            }
            offerLists.drop(list); // a package went on sale or off it since the list was read
        }
        return summaries.offers(tenant, onSale, now, limit);
    }

    private boolean usable() {
        return enabled && changes.rememberedAnswersHold();
    }

    /**
     * This replica's own writes drop what they changed as they commit, before their answer is sent: its client reads its
     * write at once, without waiting for the announcement to come back.
     */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangesRecorded recorded) {
        recorded.entries().forEach(entry -> changed(entry.change().root().type(), entry.change().root().id()));
    }

    void drop(@Observes ChangesAnnounced announced) {
        Optional<List<Long>> packageIds = announced.idsOf(ROOT);
        Optional<List<Long>> serviceIds = announced.idsOf(SERVICE_ROOT);
        if (packageIds.isEmpty() || serviceIds.isEmpty()) {
            dropAll(); // everything, or a root this cache cannot read: drop all rather than keep a stale one
            return;
        }
        packageIds.get().forEach(id -> changed(ROOT, id));
        serviceIds.get().forEach(id -> changed(SERVICE_ROOT, id));
    }

    private void changed(String type, long id) {
        if (ROOT.equals(type)) {
            packages.drop(id);
            contents.drop(id);
            offerLists.dropAll(); // lists are kept per caller, not per package: which ones show it is not known
        } else if (SERVICE_ROOT.equals(type)) {
            contents.dropIf(kept -> kept.contents().shows(id));
        }
    }

    private void dropAll() {
        packages.dropAll();
        contents.dropAll();
        offerLists.dropAll();
    }

    /** How many packages are kept now (tests). */
    long size() {
        return packages.size();
    }

    /** How many rows of lists are kept now (tests). */
    long listRowsKept() {
        return offerLists.weight();
    }

    /** How many rows of contents are kept now (tests). */
    long contentRowsKept() {
        return contents.weight();
    }
}
