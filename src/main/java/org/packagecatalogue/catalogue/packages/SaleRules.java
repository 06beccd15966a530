package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.lookup.FrequencyType;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Item;

/**
 * How a package is sold (the mPaaS dialect's package fields): its type and subscriber live on the
 * package; its price and cycle on its pricing frequency, its first: Monthly, or One-time when not
 * monthly. A create needs the type, price and cycle; an update changes what was sent, and makes the
 * pricing frequency if the package had none.
 */
@ApplicationScoped
class SaleRules {

    static final int MONTHLY = 1;
    static final int ONE_TIME = 3;

    void write(PatchRun run, Item item) {
        Draft<SaleField> sale = PatchRun.draft(item, SaleField.class);
        List<Violation> local = new ArrayList<>();
        if (item.action() == Action.CREATE) {
            for (SaleField required : List.of(SaleField.TYPE, SaleField.PRICE, SaleField.MONTHLY)) {
                if (!sale.has(required)) {
                    local.add(Violation.required(required));
                }
            }
        }
        DraftRules<SaleField> rules = run.rules(sale, local);
        PackageFrequency pricing = run.pricing();
        boolean newPricing = pricing == null;
        if (newPricing) {
            pricing = new PackageFrequency();
        }
        CataloguePackage pkg = run.pkg;
        PackageFrequency p = pricing;
        rules.requiredText(SaleField.TYPE, SaleType.MAX_LENGTH, v -> pkg.saleType = v);
        if (sale.has(SaleField.SUBSCRIBER) && !sale.isUnreadable(SaleField.SUBSCRIBER)) {
            pkg.subscriberId = sale.text(SaleField.SUBSCRIBER);
        }
        rules.decimal(SaleField.PRICE, BigDecimal.ZERO, false, v -> p.price = v);
        rules.flag(SaleField.MONTHLY, monthly -> {
            p.frequencyType = run.em.getReference(FrequencyType.class, monthly ? MONTHLY : ONE_TIME);
            p.name = monthly ? "Monthly" : "One-time";
        });
        local.forEach(v -> run.problems.add(run.located(v, item)));
        if (!local.isEmpty()) {
            return; // nothing will be written
        }
        if (newPricing && (sale.has(SaleField.PRICE) || sale.has(SaleField.MONTHLY) || item.action() == Action.CREATE)) {
            completeNew(run, p);
            run.toPersist.add(p);
            run.pricing = p;
        }
        run.entityOfItem.put(item, run.pricing);
    }

    private static void completeNew(PatchRun run, PackageFrequency pricing) {
        pricing.pkg = run.pkg;
        pricing.owner = run.pkg.owner;
        pricing.frequency = 1;
        pricing.active = true;
        if (pricing.frequencyType == null) {
            pricing.frequencyType = run.em.getReference(FrequencyType.class, ONE_TIME);
            pricing.name = "One-time";
        }
        if (pricing.price == null) {
            pricing.price = BigDecimal.ZERO;
        }
    }
}
