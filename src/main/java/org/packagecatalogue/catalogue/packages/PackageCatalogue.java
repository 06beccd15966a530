package org.packagecatalogue.catalogue.packages;

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
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.PreconditionFailedException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.lookup.AccountPackageStatusType;
import org.packagecatalogue.catalogue.lookup.Currency;
import org.packagecatalogue.catalogue.lookup.PackageCategory;
import org.packagecatalogue.catalogue.owner.Owner;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * The package use cases: reads, and writes that each run in one transaction. Both dialects call
 * these; neither re-implements a rule.
 */
@ApplicationScoped
public class PackageCatalogue {

    public static final String OBJECT_TYPE = "package";

    @Inject
    PackageRepository packages;

    @Inject
    PackageSummaries summaries;

    @Inject
    EntityManager em;

    @Inject
    Instance<PackageDeletionGuard> deletionGuards;

    @Inject
    org.packagecatalogue.catalogue.ListLimit listLimit;

    public CataloguePackage get(Tenant tenant, long id) {
        return packages.findVisible(tenant, id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    }

    /** The package as a read answers it (see {@link PackageSummary}); 404 outside the caller's tenant. */
    public PackageSummary summary(Tenant tenant, long id) {
        return summaries.find(tenant, id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    }

    /** The caller's packages, oldest first: at most the list limit, with the true total. */
    public Page<CataloguePackage> list(Tenant tenant) {
        return listLimit.read(() -> {
            List<CataloguePackage> items = packages.listVisible(tenant, listLimit.maxItems());
            return new Page<>(items, items.size() < listLimit.maxItems() ? (long) items.size() : packages.countVisible(tenant));
        });
    }

    public Page<PackageSummary> page(Tenant tenant, PageRequest request) {
        List<PackageSummary> items = summaries.page(tenant, request);
        Long total = request.excludeTotalCount() ? null : packages.countVisible(tenant);
        return new Page<>(items, total);
    }

    /** The caller's packages sold in this currency and available at {@code now} (start <= now < expiry, where set). */
    public Page<CataloguePackage> availableForCurrency(Tenant tenant, long currencyId, Instant now) {
        return listLimit.read(() -> {
            if (currencyId < 1 || currencyId > Integer.MAX_VALUE || em.find(Currency.class, (int) currencyId) == null) {
                throw new NotFoundException("currency", currencyId);
            }
            List<CataloguePackage> items = packages.availableForCurrency(tenant, (int) currencyId, now, listLimit.maxItems());
            return new Page<>(items, items.size() < listLimit.maxItems()
                    ? (long) items.size() : packages.countAvailableForCurrency(tenant, (int) currencyId, now));
        });
    }

    /** Creates a package owned by the caller. Fields not in the draft take their defaults. */
    @Transactional
    public CataloguePackage create(Tenant tenant, Draft<PackageField> draft) {
        List<Violation> problems = new ArrayList<>();
        CataloguePackage pkg = newPackage(tenant, draft, problems, null);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        em.persist(pkg);
        em.flush();
        return get(tenant, pkg.id);
    }

    /** Changes only the fields in the draft. */
    @Transactional
    public CataloguePackage update(Tenant tenant, long id, Draft<PackageField> draft) {
        return update(tenant, id, draft, null);
    }

    /** Changes only the fields in the draft, if the package is still at {@code expectedVersion} (when given). */
    @Transactional
    public CataloguePackage update(Tenant tenant, long id, Draft<PackageField> draft, Long expectedVersion) {
        CataloguePackage pkg = getForWrite(tenant, id, expectedVersion);
        List<Violation> problems = new ArrayList<>();
        applyFields(draft, pkg, problems, null);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        pkg.updated = now();
        em.flush();
        return pkg;
    }

    /**
     * Deletes the package with everything that depends on it, and reports each removed row: the
     * package and its dependent rows as deleted, its links to shared objects (services, currencies)
     * as detached. A package something still holds (an active subscription) is refused with a 409.
     */
    @Transactional
    public DeletionReport delete(Tenant tenant, long id) {
        return delete(tenant, id, null);
    }

    @Transactional
    public DeletionReport delete(Tenant tenant, long id, Long expectedVersion) {
        CataloguePackage pkg = getForWrite(tenant, id, expectedVersion);
        for (PackageDeletionGuard guard : deletionGuards) {
            Optional<String> refusal = guard.refusal(pkg);
            if (refusal.isPresent()) {
                throw new ConflictException("package " + id + " cannot be deleted: " + refusal.get());
            }
        }
        List<DeletionReport.Entry> removed = new ArrayList<>();
        em.createQuery("select t.id from Tier t where t.usageBucket.packageService.pkg.id = :id order by t.id", Long.class)
                .setParameter("id", id).getResultList()
                .forEach(tierId -> removed.add(DeletionReport.Entry.dependent(Tier.OBJECT_TYPE, tierId)));
        em.createQuery("select b.id from UsageBucket b where b.packageService.pkg.id = :id order by b.id", Long.class)
                .setParameter("id", id).getResultList()
                .forEach(bucketId -> removed.add(DeletionReport.Entry.dependent(UsageBucket.OBJECT_TYPE, bucketId)));
        em.createQuery("select f.id from PackageFrequency f where f.pkg.id = :id order by f.id", Long.class)
                .setParameter("id", id).getResultList()
                .forEach(frequencyId -> removed.add(DeletionReport.Entry.dependent(PackageFrequency.OBJECT_TYPE, frequencyId)));
        em.createQuery("select ps.service.id from PackageService ps where ps.pkg.id = :id order by ps.id", Long.class)
                .setParameter("id", id).getResultList()
                .forEach(serviceId -> removed.add(DeletionReport.Entry.detached(PackageService.OBJECT_TYPE, id, serviceId)));
        em.createQuery("select c.currency.id from PackageCurrency c where c.pkg.id = :id order by c.id", Integer.class)
                .setParameter("id", id).getResultList()
                .forEach(currencyId -> removed.add(DeletionReport.Entry.detached(PackageCurrency.OBJECT_TYPE, id, currencyId.longValue())));

        // children first; bulk statements, so the cost does not grow with the number of rows. Whatever this
        // transaction loaded before is written and let go first, so no stale child outlives its row.
        em.flush();
        em.clear();
        for (PackageDeletionGuard guard : deletionGuards) {
            removed.addAll(guard.removeDependents(id));
        }
        em.createQuery("delete from Tier t where t.usageBucket.id in"
                + " (select b.id from UsageBucket b where b.packageService.pkg.id = :id)").setParameter("id", id).executeUpdate();
        em.createQuery("delete from UsageBucket b where b.packageService.id in"
                + " (select ps.id from PackageService ps where ps.pkg.id = :id)").setParameter("id", id).executeUpdate();
        em.createQuery("delete from PackageService ps where ps.pkg.id = :id").setParameter("id", id).executeUpdate();
        em.createQuery("delete from PackageFrequency f where f.pkg.id = :id").setParameter("id", id).executeUpdate();
        em.createQuery("delete from PackageCurrency c where c.pkg.id = :id").setParameter("id", id).executeUpdate();
        em.createQuery("delete from CataloguePackage p where p.id = :id").setParameter("id", id).executeUpdate();
        removed.add(0, DeletionReport.Entry.deleted(OBJECT_TYPE, id));
        return new DeletionReport(removed);
    }

    /**
     * The package, for a change: its row is locked until the transaction ends, so writers of one
     * package take turns and none overwrites another's work unseen; and if the caller names the
     * version it read (If-Match), a package changed since is refused with a 412.
     */
    CataloguePackage getForWrite(Tenant tenant, long id, Long expectedVersion) {
        CataloguePackage pkg = get(tenant, id);
        Number current = (Number) em.createNativeQuery("select version from package where id = :id for update")
                .setParameter("id", id).getSingleResult();
        if (current.longValue() != pkg.version) {
            em.refresh(pkg); // another writer committed between our read and our lock
        }
        if (expectedVersion != null && expectedVersion != pkg.version) {
            throw new PreconditionFailedException("package " + id + " is at version " + pkg.version
                    + ", not " + expectedVersion + ": read it again");
        }
        return pkg;
    }

    /** A new, unsaved package of the caller's with the draft's fields; violations go to {@code problems}. */
    CataloguePackage newPackage(Tenant tenant, Draft<PackageField> draft, List<Violation> problems, String where) {
        CataloguePackage pkg = new CataloguePackage();
        pkg.uid = UUID.randomUUID();
        pkg.owner = em.getReference(Owner.class, tenant.ownerId());
        pkg.category = em.getReference(PackageCategory.class, PackageCategory.DEFAULT_ID);
        pkg.defaultAccountPackageStatusType =
                em.getReference(AccountPackageStatusType.class, AccountPackageStatusType.DEFAULT_ID);
        List<Violation> local = new ArrayList<>();
        if (!draft.has(PackageField.NAME)) {
            local.add(Violation.required(PackageField.NAME.key()));
        }
        applyFields(draft, pkg, local, null);
        pkg.created = now();
        pkg.updated = pkg.created;
        problems.addAll(prefixed(local, where));
        return pkg;
    }

    /** Applies the sent fields and collects every rule they break (and the draft's read problems). */
    void applyFields(Draft<PackageField> draft, CataloguePackage pkg, List<Violation> problems, String where) {
        List<Violation> local = new ArrayList<>(draft.readProblems());
        DraftRules<PackageField> rules = new DraftRules<>(draft, local, em);
        rules.requiredText(PackageField.NAME, DraftRules.MAX_NAME, v -> pkg.name = v);
        rules.optionalText(PackageField.DESCRIPTION, DraftRules.MAX_TEXT, v -> pkg.description = v);
        rules.optionalText(PackageField.INVOICE_DETAIL, DraftRules.MAX_TEXT, v -> pkg.invoiceDetail = v);
        if (draft.has(PackageField.START) && !draft.isUnreadable(PackageField.START)) {
            pkg.start = draft.instant(PackageField.START);
        }
        if (draft.has(PackageField.EXPIRY) && !draft.isUnreadable(PackageField.EXPIRY)) {
            pkg.expiry = draft.instant(PackageField.EXPIRY);
        }
        rules.flag(PackageField.FULL_PERIOD, v -> pkg.fullPeriod = v);
        rules.flag(PackageField.POST_PAID, v -> pkg.postPaid = v);
        rules.flag(PackageField.BILL_ON_ACCOUNT_BILL_DAY, v -> pkg.billOnAccountBillDay = v);
        rules.flag(PackageField.CHARGE_RECURRING_IF_USAGE, v -> pkg.chargeRecurringIfUsage = v);
        rules.flag(PackageField.GLOBAL_ADD_ON_ELIGIBLE, v -> pkg.globalAddOnEligible = v);
        rules.flag(PackageField.QUANTITY_ALLOWED, v -> pkg.quantityAllowed = v);
        rules.lookup(PackageField.CATEGORY, PackageCategory.class, false, v -> pkg.category = v);
        rules.lookup(PackageField.DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE, AccountPackageStatusType.class, false,
                v -> pkg.defaultAccountPackageStatusType = v);
        if (pkg.start != null && pkg.expiry != null && !pkg.expiry.isAfter(pkg.start)) {
            local.add(new Violation(PackageField.EXPIRY.key(), Violation.INVALID_RANGE, "must be after start"));
        }
        problems.addAll(prefixed(local, where));
    }

    private static List<Violation> prefixed(List<Violation> violations, String where) {
        if (where == null) {
            return violations;
        }
        return violations.stream().map(v -> new Violation(where + "." + v.field(), v.code(), v.detail())).toList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
