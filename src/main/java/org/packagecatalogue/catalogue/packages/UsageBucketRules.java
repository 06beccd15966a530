package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.lookup.*;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Item;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;

/** A usage bucket of a package's service: its refills and expiry; it belongs to its service for good. */
@ApplicationScoped
class UsageBucketRules implements ContentRules {

    @Override
    public Target target() {
        return Target.USAGE_BUCKET;
    }

    @Override
    public void write(PatchRun run, Item item) {
        Draft<UsageBucketField> d = PatchRun.draft(item, UsageBucketField.class);
        List<Violation> local = new ArrayList<>();
        DraftRules<UsageBucketField> rules = run.rules(d, local);
        UsageBucket b = run.existingOrNew(item, run.buckets, UsageBucket::new);
        if (b == null) {
            return;
        }
        if (item.action() == Action.CREATE) {
            PackageService parent = run.reference(item, d, UsageBucketField.PACKAGE_SERVICE, run.packageServices, PackageService.class, local);
            if (parent != null) {
                b.packageService = parent;
            }
            rules.mustHave(UsageBucketField.NAME);
        } else if (d.has(UsageBucketField.PACKAGE_SERVICE) || item.clientRefs().containsKey(UsageBucketField.PACKAGE_SERVICE)) {
            local.add(Violation.of(UsageBucketField.PACKAGE_SERVICE, Violation.INVALID_VALUE, "cannot be changed; create a new bucket"));
        }
        rules.requiredText(UsageBucketField.NAME, DraftRules.MAX_NAME, v -> b.name = v);
        rules.flag(UsageBucketField.PRORATE, v -> b.prorate = v);
        rules.flag(UsageBucketField.INFINITE_LAST_TIER, v -> b.infiniteLastTier = v);
        rules.flag(UsageBucketField.THRESHOLD_PER_ACCOUNT_SERVICE, v -> b.thresholdPerAccountService = v);
        rules.lookup(UsageBucketField.REFILL_TYPE, UsageBucketRefillType.class, true, v -> b.refillType = v);
        rules.whole(UsageBucketField.REFILL_FREQUENCY, 0, true, v -> b.refillFrequency = v);
        rules.lookup(UsageBucketField.REFILL_FREQUENCY_TYPE, FrequencyType.class, true, v -> b.refillFrequencyType = v);
        rules.whole(UsageBucketField.EXPIRE_AFTER_FREQUENCY, 0, true, v -> b.expireAfterFrequency = v);
        rules.lookup(UsageBucketField.EXPIRE_AFTER_FREQUENCY_TYPE, FrequencyType.class, true, v -> b.expireAfterFrequencyType = v);
        rules.whole(UsageBucketField.EXPIRE_AFTER_RECURRENCE, 0, true, v -> b.expireAfterRecurrence = v);
        rules.flag(UsageBucketField.ASSOCIATED_WITH_SHARE_PLAN, v -> b.associatedWithSharePlan = v);
        rules.flag(UsageBucketField.ACCOUNT_PACKAGE_ACTIVATION, v -> b.accountPackageActivation = v);
        if (d.has(UsageBucketField.OVERAGE_RATE_PLAN_ID) && !d.isUnreadable(UsageBucketField.OVERAGE_RATE_PLAN_ID)) {
            b.overageUsageRatePlanId = d.id(UsageBucketField.OVERAGE_RATE_PLAN_ID);
        }
        rules.optionalText(UsageBucketField.OVERAGE_RATE_PLAN_NAME, DraftRules.MAX_NAME, v -> b.overageUsageRatePlanName = v);
        rules.flag(UsageBucketField.SHARED_ACROSS_PACKAGE, v -> b.sharedAcrossPackage = v);
        rules.flag(UsageBucketField.BYTES_IN_BINARY_UNIT, v -> b.bytesInBinaryUnit = v);
        rules.lookup(UsageBucketField.BASE_UNIT, UsageBucketBaseUnit.class, true, v -> b.baseUnit = v);
        if (d.has(UsageBucketField.CONTRIBUTIONS) && !d.isUnreadable(UsageBucketField.CONTRIBUTIONS)) {
            b.contributions = d.references(UsageBucketField.CONTRIBUTIONS);
        }
        if (d.has(UsageBucketField.NOTIFICATIONS) && !d.isUnreadable(UsageBucketField.NOTIFICATIONS)) {
            b.notifications = d.references(UsageBucketField.NOTIFICATIONS);
        }
        if (d.has(UsageBucketField.BASES) && !d.isUnreadable(UsageBucketField.BASES)) {
            b.bases = d.references(UsageBucketField.BASES);
        }
        run.finish(item, b, local);
    }

    @Override
    public void delete(PatchRun run, Item item) {
        UsageBucket b = run.existingOrNew(item, run.buckets, null);
        if (b != null) {
            run.remove(item, run.buckets, b.tiers);
        }
    }
}
