package org.packagecatalogue.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.packagecatalogue.catalogue.lookup.Lookup;
import org.packagecatalogue.catalogue.packages.PackageCurrency;
import org.packagecatalogue.catalogue.packages.PackageDetail;
import org.packagecatalogue.catalogue.packages.PackageSummary;
import org.packagecatalogue.catalogue.packages.PackageFrequency;
import org.packagecatalogue.catalogue.packages.PackageService;
import org.packagecatalogue.catalogue.packages.Tier;
import org.packagecatalogue.catalogue.packages.UsageBucket;
import org.packagecatalogue.catalogue.services.CatalogueService;

/** The billing dialect's views of a package's contents, field for field as in the Detail sample. */
final class ContentViews {

    private ContentViews() {
    }

    /** Package/{id}/Detail: the package's fields, then {@code details}. */
    record PackageDetailView(@JsonUnwrapped PackageView pkg, Details details) {
        static PackageDetailView of(PackageDetail d) {
            return new PackageDetailView(PackageView.of(d.pkg()), new Details(
                    d.services().stream().map(sd -> ServiceView.of(sd, d.pkg())).toList(),
                    d.frequencies().stream().map(f -> FrequencyView.of(f, d.pkg())).toList(),
                    d.currencies().stream().map(c -> CurrencyView.of(c, d.pkg())).toList()));
        }
    }

    record Details(List<ServiceView> services, List<FrequencyView> frequencies, List<CurrencyView> currencies) {
    }

    record ServiceView(
            long identity, long packageId, String packageName, long serviceId, String serviceName,
            int defaultInstances, int minimumInstances, int maximumInstances, Integer termId, String termName,
            @JsonProperty("isUsageBucketSharePlanPackageService") boolean isUsageBucketSharePlanPackageService,
            Integer usageClassDynamicId, String usageClassDynamicName, Instant created, Integer serviceCategoryId,
            Instant updated, ServiceDetails details) {

        /** {@code pkg}: the package the service belongs to (read once for the whole detail, not through each child). */
        static ServiceView of(PackageDetail.ServiceDetail sd, PackageSummary pkg) {
            PackageService ps = sd.packageService();
            List<UsageBucket> buckets = sd.usageBuckets();
            return new ServiceView(ps.id, pkg.id(), pkg.name(), ps.service.id, ps.service.name,
                    ps.defaultInstances, ps.minimumInstances, ps.maximumInstances, idOf(ps.term), nameOf(ps.term),
                    ps.usageBucketSharePlan, idOf(ps.usageClass), nameOf(ps.usageClass), millis(ps.created),
                    idOf(ps.serviceCategory), millis(ps.updated),
                    buckets == null ? null : new ServiceDetails(buckets.stream().map(UsageBucketView::of).toList()));
        }
    }

    record ServiceDetails(List<UsageBucketView> usageBuckets) {
    }

    record UsageBucketView(
            long identity, long packageServiceId, String name, boolean prorate,
            @JsonProperty("isInfiniteLastTier") boolean isInfiniteLastTier,
            @JsonProperty("isThresholdPerAccountService") boolean isThresholdPerAccountService,
            Integer usageBucketRefillTypeId, String usageBucketRefillTypeName, Integer refillFrequency,
            Integer refillFrequencyTypeId, String refillFrequencyTypeName, Integer expireAfterFrequency,
            Integer expireAfterFrequencyTypeId, String expireAfterFrequencyTypeName, Integer expireAfterRecurrence,
            @JsonProperty("isAssociatedWithSharePlan") boolean isAssociatedWithSharePlan,
            boolean accountPackageActivation, Long overageUsageRatePlanId,
            @JsonProperty("isSharedAcrossPackage") boolean isSharedAcrossPackage,
            String overageUsageRatePlanName,
            @JsonProperty("isBytesInBinaryUnit") boolean isBytesInBinaryUnit,
            Integer usageBucketBaseUnitId, String usageBucketBaseUnitName, BucketDetails details) {

        static UsageBucketView of(UsageBucket b) {
            return of(b, b.tiers);
        }

        static UsageBucketView of(UsageBucket b, List<Tier> tiers) {
            return new UsageBucketView(b.id, b.packageService.id, b.name, b.prorate, b.infiniteLastTier,
                    b.thresholdPerAccountService, idOf(b.refillType), nameOf(b.refillType), b.refillFrequency,
                    idOf(b.refillFrequencyType), nameOf(b.refillFrequencyType), b.expireAfterFrequency,
                    idOf(b.expireAfterFrequencyType), nameOf(b.expireAfterFrequencyType), b.expireAfterRecurrence,
                    b.associatedWithSharePlan, b.accountPackageActivation, b.overageUsageRatePlanId,
                    b.sharedAcrossPackage, b.overageUsageRatePlanName, b.bytesInBinaryUnit,
                    idOf(b.baseUnit), nameOf(b.baseUnit),
                    tiers == null ? null : new BucketDetails(tiers.stream().map(t -> TierView.of(t, b)).toList(),
                            b.contributions, b.notifications, b.bases));
        }
    }

    /** Tiers, and the references to objects managed elsewhere, answered where present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BucketDetails(
            List<TierView> tiers,
            List<Map<String, Object>> contributions,
            List<Map<String, Object>> usageBucketNotifications,
            List<Map<String, Object>> usageBucketBase) {
    }

    record TierView(
            long identity, long usageBucketId, String usageBucketName, BigDecimal threshold, BigDecimal flatCharge,
            Integer usageUnitId, String usageUnitName, Long packageFrequencyId, String packageFrequencyName,
            long packageServiceId, Integer currencyId, String currencyName, BigDecimal money, Long priceBookId,
            String priceBookName, boolean tierOverride) {

        static TierView of(Tier t, UsageBucket b) {
            return new TierView(t.id, b.id, b.name, plain(t.threshold), plain(t.flatCharge), idOf(t.usageUnit),
                    nameOf(t.usageUnit), t.packageFrequency == null ? null : t.packageFrequency.id,
                    t.packageFrequency == null ? null : t.packageFrequency.name, b.packageService.id,
                    idOf(t.currency), nameOf(t.currency), plain(t.money), t.priceBookId, t.priceBookName, t.tierOverride);
        }
    }

    record FrequencyView(
            long identity, int frequency, @JsonProperty("isActive") boolean isActive, long packageId, String packageName,
            int frequencyTypeId, String frequencyTypeName, Integer termId, String termName, String sku, String name,
            @JsonProperty("isUsageBucketSharePlanPackageFrequency") boolean isUsageBucketSharePlanPackageFrequency,
            Integer countingRuleId, String countingRuleName, Instant created, Instant updated, BigDecimal price) {

        /** {@code price} (last) is ours: the package's price per period, which the mPaaS dialect sells it at. */
        static FrequencyView of(PackageFrequency f, PackageSummary pkg) {
            return new FrequencyView(f.id, f.frequency, f.active, pkg.id(), pkg.name(), f.frequencyType.id,
                    f.frequencyType.name, idOf(f.term), nameOf(f.term), f.sku, f.name, f.usageBucketSharePlan,
                    idOf(f.countingRule), nameOf(f.countingRule), millis(f.created), millis(f.updated), plain(f.price));
        }
    }

    record CurrencyView(long identity, long packageId, String packageName, int currencyId, String currencyName, String currencyCode) {

        static CurrencyView of(PackageCurrency c, PackageSummary pkg) {
            return new CurrencyView(c.id, pkg.id(), pkg.name(), c.currency.id, c.currency.name, c.currency.code);
        }
    }

    /** A catalogue service (Service/ endpoints). */
    record CatalogueServiceView(long identity, String name, String description, long ownerId, String ownerName,
                                int serviceCategoryId, String serviceCategoryName, Instant created, Instant updated, long id) {

        static CatalogueServiceView of(CatalogueService s) {
            return new CatalogueServiceView(s.id, s.name, s.description, s.owner.id, s.owner.name, s.category.id,
                    s.category.name, millis(s.created), millis(s.updated), s.id);
        }
    }

    static Integer idOf(Lookup lookup) {
        return lookup == null ? null : lookup.id;
    }

    static String nameOf(Lookup lookup) {
        return lookup == null ? null : lookup.name;
    }

    static Instant millis(Instant instant) {
        return PackageView.millis(instant);
    }

    /** 90.550000 → 90.55; 100.000000 → 100. */
    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
