package org.packagecatalogue.catalogue.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Item;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/** The writer's rules on their own: no HTTP, no database. */
class ContentRulesTest {

    private static final Tenant TENANT = new Tenant(7, "/1/7/");

    private static PatchRun run(PackagePatch patch) {
        PatchRun run = new PatchRun(TENANT, patch, null, null);
        run.pkg = new CataloguePackage();
        run.pkg.id = 1L;
        run.contentsLoaded = true;
        return run;
    }

    private static Item named(Target target, Action action, String clientId, Long identity) {
        return new Item(target, action, clientId, identity, null, Map.of());
    }

    @Test
    void thresholdsOfABucketMustStrictlyIncrease() {
        PatchRun run = run(PackagePatch.named(List.of()));
        UsageBucket bucket = new UsageBucket();
        bucket.id = 10L;
        for (long id = 20; id < 23; id++) {
            Tier tier = new Tier();
            tier.id = id;
            tier.usageBucket = bucket;
            tier.threshold = new BigDecimal(id == 22 ? "100.0" : id == 21 ? "100" : "0");
            bucket.tiers.add(tier);
            run.tiers.put(id, tier);
        }
        run.buckets.put(bucket.id, bucket);
        new TierRules().checkFinalState(run);
        assertEquals(List.of(Violation.about("tier[identity=22]", Violation.INVALID_RANGE,
                "threshold 100 repeats another tier's: thresholds of a bucket must strictly increase")), run.problems);
    }

    @Test
    void instanceCountsAreCheckedOnTheFinalStateAndNamedByTheItemThatChangedThem() {
        Item item = named(Target.PACKAGE_SERVICE, Action.UPDATE, "a", 5L);
        PatchRun run = run(PackagePatch.named(List.of(item)));
        PackageService ps = new PackageService();
        ps.id = 5L;
        ps.minimumInstances = 2;
        ps.defaultInstances = 1;
        ps.maximumInstances = 3;
        run.packageServices.put(ps.id, ps);
        run.entityOfItem.put(item, ps);
        new PackageServiceRules().checkFinalState(run);
        assertEquals(List.of(Violation.about("packageService[patchClientId=a]", Violation.INVALID_RANGE,
                "must have minimumInstances <= defaultInstances <= maximumInstances (is 2 / 1 / 3)")), run.problems);
    }

    @Test
    void aChildThatIsNotPartOfThePackageIsReportedAndNothingIsRemoved() {
        Item item = named(Target.PACKAGE_CURRENCY, Action.DELETE, "c", 99L);
        PatchRun run = run(PackagePatch.named(List.of(item)));
        new CurrencyRules().delete(run, item);
        assertEquals(List.of(Violation.about("packageCurrency[patchClientId=c]", Violation.NOT_FOUND,
                "packageCurrency 99 is not part of this package")), run.problems);
        assertEquals(List.of(), run.toRemove);
    }

    @Test
    void removingAServiceTakesItsBucketsAndTiersChildrenFirst() {
        Item item = Item.of(Target.PACKAGE_SERVICE, Action.DELETE, 5L, null);
        PatchRun run = run(PackagePatch.of(item));
        PackageService ps = new PackageService();
        ps.id = 5L;
        UsageBucket bucket = new UsageBucket();
        bucket.id = 6L;
        bucket.packageService = ps;
        Tier tier = new Tier();
        tier.id = 7L;
        bucket.tiers.add(tier);
        run.packageServices.put(5L, ps);
        run.buckets.put(6L, bucket);
        run.tiers.put(7L, tier);
        new PackageServiceRules().delete(run, item);
        assertEquals(List.of(tier, bucket, ps), run.toRemove);
        assertEquals(List.of(), run.problems);
    }

    @Test
    void aNewSaleNeedsItsTypePriceAndCycleAndReportsEachProblemOnce() {
        Draft<SaleField> sale = Draft.of(SaleField.class)
                .unreadable(SaleField.PRICE, Violation.invalidType(SaleField.PRICE, "a number"));
        Item item = Item.of(Target.SALE, Action.CREATE, null, sale);
        PatchRun run = run(PackagePatch.of(item));
        run.newPackage = true;
        new SaleRules().write(run, item);
        assertEquals(List.of(Violation.required(SaleField.TYPE), Violation.required(SaleField.MONTHLY),
                Violation.invalidType(SaleField.PRICE, "a number")), run.problems);
    }
}
