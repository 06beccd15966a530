package org.packagecatalogue.catalogue.packages;

import java.util.List;

/** A package with everything it contains, loaded in a fixed number of statements. */
public record PackageDetail(
        PackageSummary pkg,
        List<ServiceDetail> services,
        List<PackageFrequency> frequencies,
        List<PackageCurrency> currencies) {

    /** A service of the package with its usage buckets (each with its tiers, ordered by threshold). */
    public record ServiceDetail(PackageService packageService, List<UsageBucket> usageBuckets) {
    }
}
