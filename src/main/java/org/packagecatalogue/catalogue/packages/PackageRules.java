package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.lookup.AccountPackageStatusType;
import org.packagecatalogue.catalogue.lookup.PackageCategory;
import org.packagecatalogue.catalogue.owner.Owner;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Item;

/** The package's own fields: a name, texts, its sale window, flags, category and default status type. */
@ApplicationScoped
class PackageRules {

    /** A new, unsaved package of the caller's with the item's fields. */
    CataloguePackage create(PatchRun run, Item item) {
        Draft<PackageField> draft = PatchRun.draft(item, PackageField.class);
        CataloguePackage pkg = new CataloguePackage();
        pkg.uid = UUID.randomUUID();
        pkg.owner = run.em.getReference(Owner.class, run.tenant.ownerId());
        pkg.category = run.em.getReference(PackageCategory.class, PackageCategory.DEFAULT_ID);
        pkg.defaultAccountPackageStatusType = run.em.getReference(AccountPackageStatusType.class, AccountPackageStatusType.DEFAULT_ID);
        List<Violation> local = new ArrayList<>();
        if (!draft.has(PackageField.NAME)) {
            local.add(Violation.required(PackageField.NAME));
        }
        apply(run, draft, pkg, local);
        run.finish(item, pkg, local);
        return pkg;
    }

    /** Applies the sent fields to the run's package. */
    void update(PatchRun run, Item item) {
        assert item.action() == Action.UPDATE;
        List<Violation> local = new ArrayList<>();
        apply(run, PatchRun.draft(item, PackageField.class), run.pkg, local);
        local.forEach(v -> run.problems.add(run.located(v, item)));
        run.entityOfItem.put(item, run.pkg);
    }

    /** Applies the sent fields and collects every rule they break (and the draft's read problems). */
    private void apply(PatchRun run, Draft<PackageField> draft, CataloguePackage pkg, List<Violation> local) {
        DraftRules<PackageField> rules = run.rules(draft, local);
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
            local.add(Violation.of(PackageField.EXPIRY, Violation.INVALID_RANGE, "must be after start"));
        }
    }
}
