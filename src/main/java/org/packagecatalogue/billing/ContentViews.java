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
            return new PackageDetailView(BillingViews.MAP.packageView(d.pkg()), new Details(
                    d.services().stream().map(sd -> BillingViews.MAP.serviceView(sd, d.pkg())).toList(),
                    d.frequencies().stream().map(f -> BillingViews.MAP.frequencyView(f, d.pkg())).toList(),
                    d.currencies().stream().map(c -> BillingViews.MAP.currencyView(c, d.pkg())).toList()));
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
    }

    record FrequencyView(
            long identity, int frequency, @JsonProperty("isActive") boolean isActive, long packageId, String packageName,
            int frequencyTypeId, String frequencyTypeName, Integer termId, String termName, String sku, String name,
            @JsonProperty("isUsageBucketSharePlanPackageFrequency") boolean isUsageBucketSharePlanPackageFrequency,
            Integer countingRuleId, String countingRuleName, Instant created, Instant updated, BigDecimal price) {
    }

    record CurrencyView(long identity, long packageId, String packageName, int currencyId, String currencyName, String currencyCode) {
    }

    /** A catalogue service (Service/ endpoints). */
    record CatalogueServiceView(long identity, String name, String description, long ownerId, String ownerName,
                                int serviceCategoryId, String serviceCategoryName, Instant created, Instant updated, long id) {
    }
}
