package org.packagecatalogue.catalogue.packages;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;

/**
 * How much a package may hold: at most {@link #MAX_PER_PARENT} services, frequencies and currencies, buckets in a
 * service and tiers in a bucket. The bound keeps a Detail answer (and the memory a write or a read of it needs)
 * bounded, and it is what the document's maxItems say.
 */
public final class PackageContents {

    public static final int MAX_PER_PARENT = 1000;

    private PackageContents() {
    }

    /** Adds a problem for each parent that would hold more than the bound once the run's changes are made. */
    static void checkBounds(PatchRun run) {
        CataloguePackage pkg = run.pkg;
        over(run, Target.PACKAGE_SERVICE, run.live(run.packageServices.values(), PackageService.class), s -> pkg, "a package's services");
        over(run, Target.PACKAGE_FREQUENCY, run.live(run.frequencies.values(), PackageFrequency.class), f -> pkg, "a package's frequencies");
        over(run, Target.PACKAGE_CURRENCY, run.live(run.currencies.values(), PackageCurrency.class), c -> pkg, "a package's currencies");
        over(run, Target.USAGE_BUCKET, run.live(run.buckets.values(), UsageBucket.class), b -> b.packageService, "a service's usage buckets");
        over(run, Target.TIER, run.live(run.tiers.values(), Tier.class), t -> t.usageBucket, "a usage bucket's tiers");
    }

    private static <T> void over(PatchRun run, Target target, Collection<T> live, Function<T, Object> parent, String what) {
        Map<Object, Long> counts = live.stream().filter(child -> parent.apply(child) != null)
                .collect(Collectors.groupingBy(parent, Collectors.counting()));
        counts.values().stream().filter(count -> count > MAX_PER_PARENT).findFirst().ifPresent(count ->
                run.problems.add(Violation.about(target.objectType, Violation.INVALID_VALUE,
                        "would make " + what + " " + count + "; at most " + MAX_PER_PARENT)));
    }
}
