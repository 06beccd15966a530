package org.packagecatalogue.catalogue.packages;

import org.packagecatalogue.catalogue.RetriedOnRace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.packagecatalogue.catalogue.ConflictException;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Listing;
import org.packagecatalogue.config.CatalogueConfig;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.PreconditionFailedException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.lookup.AccountPackageStatusType;
import org.packagecatalogue.catalogue.lookup.Currency;
import org.packagecatalogue.catalogue.lookup.PackageCategory;
import org.packagecatalogue.catalogue.owner.Owner;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Item;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * The package use cases: reads, and writes that each run in one transaction. Both dialects call
 * these; neither re-implements a rule.
 */
@ApplicationScoped
@RetriedOnRace
public class PackageCatalogue {

    public static final String OBJECT_TYPE = "package";

    @Inject
    PackageRepository packages;

    @Inject
    PackageSummaries summaries;

    @Inject
    PackageCache cache;

    @Inject
    org.packagecatalogue.catalogue.paging.PageBoundaries pages;

    @Inject
    EntityManager em;

    @Inject
    PackageWriter writer;

    @Inject
    PackageDetails details;

    @Inject
    CatalogueConfig config;

    public CataloguePackage get(Tenant tenant, long id) {
        return packages.findVisible(tenant, id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    }

    /** The package as a read answers it (see {@link PackageSummary}); 404 outside the caller's tenant. */
    public PackageSummary summary(Tenant tenant, long id) {
        return cache.find(tenant, id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    }

    /** The caller's packages, oldest first: at most the list limit, with the true total; read as it is written. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Listing<PackageSummary> list(Tenant tenant) {
        return summaries.list(tenant, config.list().maxItems(), () -> packages.countVisible(tenant));
    }

    public Page<PackageSummary> page(Tenant tenant, PageRequest request) {
        return pages.remembered(OBJECT_TYPE, tenant, request, () -> {
            List<PackageSummary> items = summaries.page(tenant, request);
            Long total = request.excludeTotalCount() ? null : packages.countVisible(tenant);
            return new Page<>(items, total);
        });
    }

    /** The caller's packages sold in this currency and available at {@code now} (start <= now < expiry, where set). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Listing<PackageSummary> availableForCurrency(Tenant tenant, long currencyId, Instant now) {
        if (currencyId < 1 || currencyId > Integer.MAX_VALUE || em.find(Currency.class, (int) currencyId) == null) {
            throw new NotFoundException("currency", currencyId);
        }
        return summaries.availableForCurrency(tenant, (int) currencyId, now, config.list().maxItems(),
                () -> packages.countAvailableForCurrency(tenant, (int) currencyId, now));
    }

    /** Creates a package owned by the caller. Fields not in the draft take their defaults. */
    @Transactional
    public CataloguePackage create(Tenant tenant, Draft<PackageField> draft) {
        CataloguePackage created = writer.apply(tenant, null, PackagePatch.of(Item.of(Target.PACKAGE, Action.CREATE, null, draft)), null).pkg();
        return get(tenant, created.id); // one statement loads what the answer names (owner, category, status type)
    }

    public CataloguePackage update(Tenant tenant, long id, Draft<PackageField> draft) {
        return update(tenant, id, draft, null);
    }

    public DeletionReport delete(Tenant tenant, long id) {
        return delete(tenant, id, null);
    }

    /** Changes only the fields in the draft, if the package is still at {@code expectedVersion} (when given). */
    @Transactional
    public CataloguePackage update(Tenant tenant, long id, Draft<PackageField> draft, Long expectedVersion) {
        return writer.apply(tenant, PackageKey.of(id), PackagePatch.of(Item.of(Target.PACKAGE, Action.UPDATE, id, draft)),
                expectedVersion).pkg();
    }

    /**
     * Deletes the package with everything that depends on it, and reports each removed row (see
     * {@link PackageRemoval}). A package something still holds (an active subscription) is refused with a 409.
     */
    @Transactional
    public DeletionReport delete(Tenant tenant, long id, Long expectedVersion) {
        return writer.apply(tenant, PackageKey.of(id), PackagePatch.of(Item.of(Target.PACKAGE, Action.DELETE, id, null)),
                expectedVersion).deletion();
    }

    /** A patch's outcome, with the package and all it holds afterwards (null when the patch deleted it). */
    public record Patched(PackagePatch.Outcome outcome, PackageDetail after) {
    }

    /** Applies a patch to package {@code id} (or creates one, when the patch's package item says so). */
    @Transactional
    public Patched patch(Tenant tenant, long id, PackagePatch patch, Long expectedVersion) {
        PackagePatch.Outcome outcome = writer.apply(tenant, PackageKey.of(id), patch, expectedVersion);
        if (outcome.deletion() != null) {
            return new Patched(outcome, null);
        }
        long packageId = outcome.pkg().id;
        em.clear(); // the answer reads the package as written, not the objects the patch changed in memory
        return new Patched(outcome, details.get(tenant, packageId));
    }

}
