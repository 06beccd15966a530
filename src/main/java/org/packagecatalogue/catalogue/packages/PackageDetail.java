package org.packagecatalogue.catalogue.packages;

import java.util.List;

/** A package with everything it contains, loaded in a fixed number of statements. */
public record PackageDetail(
        PackageSummary pkg,
        List<ServiceDetail> services,
        List<PackageFrequency> frequencies,
        List<PackageCurrency> currencies) {

    /**
     * What the Detail shows besides the package's own rows: the services its items name, whose names a
     * rename changes without a new package version. Their versions only grow, so their sum changes with any
     * of them (the set itself is fixed by the package's version).
     */
    public long shownServicesVersion() {
        return services.stream().mapToLong(s -> s.packageService().service.version).sum();
    }

    /** A service of the package with its usage buckets (each with its tiers, ordered by threshold). */
    public record ServiceDetail(PackageService packageService, List<UsageBucket> usageBuckets) {
    }
}
