package org.packagecatalogue.catalogue.packages;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.packagecatalogue.catalogue.cache.KeptRendering;

/**
 * A package with everything it contains, as values: read in a fixed number of statements ({@link PackageDetails}), then
 * kept between its changes ({@link PackageCache}), so nothing in it refers to a session or can change once made.
 * Each part is named and shaped after the entity it was read from, so the dialects' mappers read it like the entity.
 */
public record PackageDetail(PackageSummary pkg, Contents contents, KeptRendering rendering) {

    /** A detail whose contents are not kept: rendered at every answer. */
    public PackageDetail(PackageSummary pkg, Contents contents) {
        this(pkg, contents, null);
    }

    /**
     * This detail's answer as {@code dialect} renders it. Kept contents keep it: rendered again only for another dialect
     * or another state of the package's own row (its fields show in the answer but are kept apart from its contents).
     */
    public byte[] rendered(Object dialect, Function<PackageDetail, byte[]> render) {
        return rendering == null ? render.apply(this) : rendering.get(new RenderedFor(dialect, pkg), () -> render.apply(this));
    }

    private record RenderedFor(Object dialect, PackageSummary pkg) {
    }

    public List<ServiceDetail> services() {
        return contents.services();
    }

    public List<Frequency> frequencies() {
        return contents.frequencies();
    }

    public List<CurrencyLink> currencies() {
        return contents.currencies();
    }

    /**
     * What the Detail shows besides the package's own rows: the services its items name, whose names a
     * rename changes without a new package version. Their versions only grow, so their sum changes with any
     * of them (the set itself is fixed by the package's version).
     */
    public long shownServicesVersion() {
        return services().stream().mapToLong(s -> s.packageService().service().version()).sum();
    }

    /** What a package holds: its services (each with its buckets and their tiers), frequencies and currencies, in id order. */
    public record Contents(List<ServiceDetail> services, List<Frequency> frequencies, List<CurrencyLink> currencies) {

        public Contents {
            services = List.copyOf(services);
            frequencies = List.copyOf(frequencies);
            currencies = List.copyOf(currencies);
        }

        /** How many rows these contents are read from (services, buckets, tiers, frequencies, currencies), at least 1. */
        public int rows() {
            int rows = 1 + services.size() + frequencies.size() + currencies.size();
            for (ServiceDetail service : services) {
                rows += service.usageBuckets().size();
                for (Bucket bucket : service.usageBuckets()) {
                    rows += bucket.tiers().size();
                }
            }
            return rows;
        }

        /** Whether an item of the package names this catalogue service (whose name and version the Detail shows). */
        public boolean shows(long serviceId) {
            return services.stream().anyMatch(s -> s.packageService().service().id() == serviceId);
        }
    }

    /** A row of a lookup table, as a content names it. */
    public record Named(Integer id, String name) {
    }

    /** The catalogue service an item names. */
    public record ServiceShown(long id, String name, long version) {
    }

    /** A service of the package with its usage buckets (each with its tiers, ordered by threshold). */
    public record ServiceDetail(Item packageService, List<Bucket> usageBuckets) {
        public ServiceDetail {
            usageBuckets = List.copyOf(usageBuckets);
        }
    }

    /** A package service: a service of the catalogue as an item of this package. */
    public record Item(long id, ServiceShown service, int defaultInstances, int minimumInstances,
                       int maximumInstances, Named term, Named usageClass, Named serviceCategory,
                       boolean usageBucketSharePlan, BigDecimal price, Boolean monthly, String itemType,
                       Instant created, Instant updated) {
    }

    /** A usage bucket; the references to objects this service does not manage are kept as given (read-only copies). */
    public record Bucket(long id, long packageServiceId, String name, boolean prorate, boolean infiniteLastTier,
                         boolean thresholdPerAccountService, Named refillType, Integer refillFrequency,
                         Named refillFrequencyType, Integer expireAfterFrequency, Named expireAfterFrequencyType,
                         Integer expireAfterRecurrence, boolean associatedWithSharePlan,
                         boolean accountPackageActivation, Long overageUsageRatePlanId,
                         String overageUsageRatePlanName, boolean sharedAcrossPackage, boolean bytesInBinaryUnit,
                         Named baseUnit, List<Map<String, Object>> contributions,
                         List<Map<String, Object>> notifications, List<Map<String, Object>> bases, List<TierValue> tiers) {
        public Bucket {
            contributions = ReadOnlyJson.copy(contributions);
            notifications = ReadOnlyJson.copy(notifications);
            bases = ReadOnlyJson.copy(bases);
            tiers = List.copyOf(tiers);
        }

        /** This bucket with these tiers (ordered by threshold). */
        public Bucket withTiers(List<TierValue> tiers) {
            return new Bucket(id, packageServiceId, name, prorate, infiniteLastTier, thresholdPerAccountService, refillType,
                    refillFrequency, refillFrequencyType, expireAfterFrequency, expireAfterFrequencyType,
                    expireAfterRecurrence, associatedWithSharePlan, accountPackageActivation, overageUsageRatePlanId,
                    overageUsageRatePlanName, sharedAcrossPackage, bytesInBinaryUnit, baseUnit, contributions,
                    notifications, bases, tiers);
        }
    }

    /** A price step of a bucket. */
    public record TierValue(long id, BigDecimal threshold, BigDecimal flatCharge, BigDecimal money, Named usageUnit,
                            Named currency, FrequencyShown packageFrequency, Long priceBookId, String priceBookName,
                            boolean tierOverride) {
    }

    /** The frequency of the package a tier prices. */
    public record FrequencyShown(long id, String name) {
    }

    /** How often the package bills, and at what price. */
    public record Frequency(long id, int frequency, Named frequencyType, Named term, String sku, BigDecimal price,
                            String name, boolean active, boolean usageBucketSharePlan, Named countingRule,
                            Instant created, Instant updated) {
    }

    /** A currency the package is sold in. */
    public record CurrencyLink(long id, CurrencyShown currency) {
    }

    public record CurrencyShown(int id, String name, String code) {
    }
}
