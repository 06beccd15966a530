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
import org.packagecatalogue.catalogue.owner.Owner;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * The package use cases: reads, and writes that each run in one transaction. Both dialects call
 * these; neither re-implements a rule.
 */
@ApplicationScoped
public class PackageCatalogue {

    public static final String OBJECT_TYPE = "package";
    static final int MAX_NAME = 255;
    static final int MAX_TEXT = 4000;

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
    public CataloguePackage create(Tenant tenant, PackageDraft draft) {
        List<Violation> problems = new ArrayList<>(draft.readProblems());
        if (!draft.has(PackageField.NAME)) {
            problems.add(Violation.required(PackageField.NAME.key));
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
    public CataloguePackage update(Tenant tenant, long id, PackageDraft draft) {
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
    private void apply(PackageDraft draft, CataloguePackage pkg, List<Violation> problems) {
        if (draft.has(PackageField.NAME)) {
            pkg.name = requiredText(draft, PackageField.NAME, MAX_NAME, problems);
        }
        if (draft.has(PackageField.DESCRIPTION)) {
            pkg.description = optionalText(draft, PackageField.DESCRIPTION, problems);
        }
        if (draft.has(PackageField.INVOICE_DETAIL)) {
            pkg.invoiceDetail = optionalText(draft, PackageField.INVOICE_DETAIL, problems);
        }
        if (draft.has(PackageField.START)) {
            pkg.start = draft.instant(PackageField.START);
        }
        if (draft.has(PackageField.EXPIRY)) {
            pkg.expiry = draft.instant(PackageField.EXPIRY);
        }
        pkg.fullPeriod = flag(draft, PackageField.FULL_PERIOD, pkg.fullPeriod, problems);
        pkg.postPaid = flag(draft, PackageField.POST_PAID, pkg.postPaid, problems);
        pkg.billOnAccountBillDay = flag(draft, PackageField.BILL_ON_ACCOUNT_BILL_DAY, pkg.billOnAccountBillDay, problems);
        pkg.chargeRecurringIfUsage = flag(draft, PackageField.CHARGE_RECURRING_IF_USAGE, pkg.chargeRecurringIfUsage, problems);
        pkg.globalAddOnEligible = flag(draft, PackageField.GLOBAL_ADD_ON_ELIGIBLE, pkg.globalAddOnEligible, problems);
        pkg.quantityAllowed = flag(draft, PackageField.QUANTITY_ALLOWED, pkg.quantityAllowed, problems);
        if (draft.has(PackageField.CATEGORY)) {
            PackageCategory category = lookup(PackageCategory.class, draft, PackageField.CATEGORY, problems);
            if (category != null) {
                pkg.category = category;
            }
        }
        if (draft.has(PackageField.DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE)) {
            AccountPackageStatusType status =
                    lookup(AccountPackageStatusType.class, draft, PackageField.DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE, problems);
            if (status != null) {
                pkg.defaultAccountPackageStatusType = status;
            }
        }
        if (pkg.start != null && pkg.expiry != null && !pkg.expiry.isAfter(pkg.start)) {
            problems.add(new Violation(PackageField.EXPIRY.key, Violation.INVALID_RANGE, "must be after start"));
        }
    }

    private static String requiredText(PackageDraft draft, PackageField field, int max, List<Violation> problems) {
        String value = draft.text(field);
        if (value == null || value.isBlank()) {
            if (!hasReadProblem(draft, field)) {
                problems.add(Violation.required(field.key));
            }
            return value;
        }
        checkLength(field, value, max, problems);
        return value;
    }

    private static String optionalText(PackageDraft draft, PackageField field, List<Violation> problems) {
        String value = draft.text(field);
        if (value != null) {
            checkLength(field, value, MAX_TEXT, problems);
        }
        return value;
    }

    private static void checkLength(PackageField field, String value, int max, List<Violation> problems) {
        if (value.length() > max) {
            problems.add(new Violation(field.key, Violation.TOO_LONG, "must be at most " + max + " characters"));
        }
    }

    private static boolean flag(PackageDraft draft, PackageField field, boolean current, List<Violation> problems) {
        if (!draft.has(field)) {
            return current;
        }
        Boolean value = draft.flag(field);
        if (value == null) {
            if (!hasReadProblem(draft, field)) {
                problems.add(new Violation(field.key, Violation.REQUIRED, "must be true or false, not null"));
            }
            return current;
        }
        return value;
    }

    private <T> T lookup(Class<T> type, PackageDraft draft, PackageField field, List<Violation> problems) {
        Long id = draft.number(field);
        if (id == null) {
            if (!hasReadProblem(draft, field)) {
                problems.add(Violation.required(field.key));
            }
            return null;
        }
        T found = id > Integer.MAX_VALUE || id < 1 ? null : em.find(type, id.intValue());
        if (found == null) {
            problems.add(new Violation(field.key, Violation.UNKNOWN_REFERENCE, "refers to no known value: " + id));
        }
        return found;
    }

    private static boolean hasReadProblem(PackageDraft draft, PackageField field) {
        return draft.readProblems().stream().anyMatch(v -> v.field().equals(field.key));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
