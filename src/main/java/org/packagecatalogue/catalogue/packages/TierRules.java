package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.lookup.*;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Item;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;

/** A tier of a usage bucket: thresholds of a bucket strictly increase; it belongs to its bucket for good. */
@ApplicationScoped
class TierRules implements ContentRules {

    @Override
    public Target target() {
        return Target.TIER;
    }

    @Override
    public void write(PatchRun run, Item item) {
        Draft<TierField> d = PatchRun.draft(item, TierField.class);
        List<Violation> local = new ArrayList<>();
        DraftRules<TierField> rules = run.rules(d, local);
        Tier t = run.existingOrNew(item, run.tiers, Tier::new);
        if (t == null) {
            return;
        }
        if (item.action() == Action.CREATE) {
            UsageBucket parent = run.reference(item, d, TierField.USAGE_BUCKET, run.buckets, UsageBucket.class, local);
            if (parent != null) {
                t.usageBucket = parent;
            }
            rules.mustHave(TierField.THRESHOLD);
        } else if (d.has(TierField.USAGE_BUCKET) || item.clientRefs().containsKey(TierField.USAGE_BUCKET)) {
            local.add(Violation.of(TierField.USAGE_BUCKET, Violation.INVALID_VALUE, "cannot be changed; create a new tier"));
        }
        rules.decimal(TierField.THRESHOLD, BigDecimal.ZERO, false, v -> t.threshold = v);
        rules.decimal(TierField.FLAT_CHARGE, BigDecimal.ZERO, true, v -> t.flatCharge = v);
        rules.decimal(TierField.MONEY, BigDecimal.ZERO, true, v -> t.money = v);
        rules.lookup(TierField.USAGE_UNIT, UsageUnit.class, true, v -> t.usageUnit = v);
        rules.lookup(TierField.CURRENCY, Currency.class, true, v -> t.currency = v);
        if (d.has(TierField.PACKAGE_FREQUENCY) || item.clientRefs().containsKey(TierField.PACKAGE_FREQUENCY)) {
            boolean clearing = d.has(TierField.PACKAGE_FREQUENCY) && d.id(TierField.PACKAGE_FREQUENCY) == null
                    && !d.isUnreadable(TierField.PACKAGE_FREQUENCY) && !item.clientRefs().containsKey(TierField.PACKAGE_FREQUENCY);
            if (clearing) {
                t.packageFrequency = null;
            } else {
                PackageFrequency f = run.reference(item, d, TierField.PACKAGE_FREQUENCY, run.frequencies, PackageFrequency.class, local);
                if (f != null) {
                    t.packageFrequency = f;
                }
            }
        }
        if (d.has(TierField.PRICE_BOOK_ID) && !d.isUnreadable(TierField.PRICE_BOOK_ID)) {
            t.priceBookId = d.id(TierField.PRICE_BOOK_ID);
        }
        rules.optionalText(TierField.PRICE_BOOK_NAME, DraftRules.MAX_NAME, v -> t.priceBookName = v);
        rules.flag(TierField.TIER_OVERRIDE, v -> t.tierOverride = v);
        if (item.action() == Action.CREATE && t.usageBucket != null) {
            t.usageBucket.tiers.add(t);
        }
        run.finish(item, t, local);
    }

    @Override
    public void delete(PatchRun run, Item item) {
        Tier t = run.existingOrNew(item, run.tiers, null);
        if (t != null) {
            t.usageBucket.tiers.remove(t);
            run.remove(item, run.tiers, List.of());
        }
    }

    @Override
    public void checkFinalState(PatchRun run) {
        for (UsageBucket b : run.live(run.buckets.values(), UsageBucket.class)) {
            List<Tier> ordered = b.tiers.stream().filter(t -> !run.removed.contains(t)).filter(t -> t.threshold != null)
                    .sorted(Comparator.comparing(t -> t.threshold)).toList();
            for (int i = 1; i < ordered.size(); i++) {
                if (ordered.get(i).threshold.compareTo(ordered.get(i - 1).threshold) == 0) {
                    run.problems.add(Violation.about(run.whereEntity(ordered.get(i), Target.TIER), Violation.INVALID_RANGE,
                            "threshold " + ordered.get(i).threshold.stripTrailingZeros().toPlainString()
                                    + " repeats another tier's: thresholds of a bucket must strictly increase"));
                }
            }
        }
    }
}
