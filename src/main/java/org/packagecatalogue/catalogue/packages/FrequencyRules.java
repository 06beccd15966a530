package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.lookup.CountingRule;
import org.packagecatalogue.catalogue.lookup.FrequencyType;
import org.packagecatalogue.catalogue.lookup.Term;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Item;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;

/** A billing frequency of a package: its cycle, price, and a sku unique in the owner's catalogue. */
@ApplicationScoped
class FrequencyRules implements ContentRules {

    @Override
    public Target target() {
        return Target.PACKAGE_FREQUENCY;
    }

    @Override
    public void write(PatchRun run, Item item) {
        Draft<FrequencyField> d = PatchRun.draft(item, FrequencyField.class);
        List<Violation> local = new ArrayList<>();
        DraftRules<FrequencyField> rules = run.rules(d, local);
        PackageFrequency f = run.existingOrNew(item, run.frequencies, PackageFrequency::new);
        if (f == null) {
            return;
        }
        if (item.action() == Action.CREATE) {
            f.pkg = run.pkg;
            f.owner = run.pkg.owner;
            rules.mustHave(FrequencyField.FREQUENCY_TYPE);
        }
        rules.whole(FrequencyField.FREQUENCY, 0, false, v -> f.frequency = v);
        rules.lookup(FrequencyField.FREQUENCY_TYPE, FrequencyType.class, false, v -> f.frequencyType = v);
        rules.lookup(FrequencyField.TERM, Term.class, true, v -> f.term = v);
        rules.optionalText(FrequencyField.SKU, DraftRules.MAX_NAME, v -> f.sku = v == null || v.isBlank() ? null : v);
        rules.optionalText(FrequencyField.NAME, DraftRules.MAX_NAME, v -> f.name = v);
        rules.flag(FrequencyField.ACTIVE, v -> f.active = v);
        rules.flag(FrequencyField.SHARE_PLAN, v -> f.usageBucketSharePlan = v);
        rules.lookup(FrequencyField.COUNTING_RULE, CountingRule.class, true, v -> f.countingRule = v);
        rules.decimal(FrequencyField.PRICE, BigDecimal.ZERO, true, v -> f.price = v);
        run.finish(item, f, local);
    }

    @Override
    public void delete(PatchRun run, Item item) {
        PackageFrequency f = run.existingOrNew(item, run.frequencies, null);
        if (f == null) {
            return;
        }
        for (Tier t : run.tiers.values()) {
            if (t.packageFrequency == f && !run.removed.contains(t)) {
                run.problems.add(Violation.about(run.where(item) == null ? Target.PACKAGE_FREQUENCY.objectType : run.where(item),
                        Violation.INVALID_VALUE, "is used by tier " + t.id + "; delete or change that tier in the same patch"));
            }
        }
        run.remove(item, run.frequencies, List.of());
    }

    /** A sku is unique within the owner's catalogue: within this package, and against the owner's other packages. */
    @Override
    public void checkFinalState(PatchRun run) {
        Map<String, PackageFrequency> bySku = new HashMap<>();
        for (PackageFrequency f : run.live(run.frequencies.values(), PackageFrequency.class)) {
            if (f.sku != null && bySku.putIfAbsent(f.sku, f) != null) {
                run.problems.add(Violation.about(run.whereEntity(f, Target.PACKAGE_FREQUENCY), Violation.INVALID_VALUE,
                        "sku " + f.sku + " is used twice in this package"));
            }
        }
        if (bySku.isEmpty() || run.newPackage && run.pkg.owner == null) {
            return;
        }
        for (Object[] row : run.packages.skusTaken(run.pkg.owner.id, bySku.keySet())) {
            boolean thisPackage = !run.newPackage && row[1].equals(run.pkg.id);
            if (!thisPackage) {
                run.problems.add(Violation.about(run.whereEntity(bySku.get((String) row[0]), Target.PACKAGE_FREQUENCY),
                        Violation.INVALID_VALUE, "sku " + row[0] + " is already used by another package of this owner"));
            }
        }
    }
}
