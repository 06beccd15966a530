package org.packagecatalogue.catalogue.packages;

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
import org.packagecatalogue.catalogue.lookup.AccountPackageStatusType;
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
    EntityManager em;

    public CataloguePackage get(Tenant tenant, long id) {
        return packages.findVisible(tenant, id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    }

    public List<CataloguePackage> list(Tenant tenant) {
        return packages.listVisible(tenant);
    }

    public Page<CataloguePackage> page(Tenant tenant, PageRequest request) {
        List<CataloguePackage> items = packages.pageVisible(tenant, request);
        Long total = request.excludeTotalCount() ? null : packages.countVisible(tenant);
        return new Page<>(items, total);
    }

    /** Creates a package owned by the caller. Fields not in the draft take their defaults. */
    @Transactional
    public CataloguePackage create(Tenant tenant, Draft<PackageField> draft) {
        List<Violation> problems = new ArrayList<>(draft.readProblems());
        if (!draft.has(PackageField.NAME)) {
            problems.add(Violation.required(PackageField.NAME.key()));
        }
        CataloguePackage pkg = new CataloguePackage();
        pkg.uid = UUID.randomUUID();
        pkg.owner = em.getReference(Owner.class, tenant.ownerId());
        pkg.category = em.getReference(PackageCategory.class, PackageCategory.DEFAULT_ID);
        pkg.defaultAccountPackageStatusType =
                em.getReference(AccountPackageStatusType.class, AccountPackageStatusType.DEFAULT_ID);
        apply(draft, pkg, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        pkg.created = now();
        pkg.updated = pkg.created;
        em.persist(pkg);
        em.flush();
        return get(tenant, pkg.id);
    }

    /** Changes only the fields in the draft. */
    @Transactional
    public CataloguePackage update(Tenant tenant, long id, Draft<PackageField> draft) {
        CataloguePackage pkg = get(tenant, id);
        List<Violation> problems = new ArrayList<>(draft.readProblems());
        apply(draft, pkg, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        pkg.updated = now();
        em.flush();
        return pkg;
    }

    /** Deletes the package and reports everything that went with it. */
    @Transactional
    public DeletionReport delete(Tenant tenant, long id) {
        CataloguePackage pkg = get(tenant, id);
        List<DeletionReport.Entry> removed = new ArrayList<>();
        em.remove(pkg);
        removed.add(DeletionReport.Entry.deleted(OBJECT_TYPE, id));
        em.flush();
        return new DeletionReport(removed);
    }

    /** Applies the sent fields and collects every rule they break. */
    void apply(Draft<PackageField> draft, CataloguePackage pkg, List<Violation> problems) {
        DraftRules<PackageField> rules = new DraftRules<>(draft, problems, em);
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
            problems.add(new Violation(PackageField.EXPIRY.key(), Violation.INVALID_RANGE, "must be after start"));
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
