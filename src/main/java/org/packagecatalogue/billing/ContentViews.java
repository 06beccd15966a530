package org.packagecatalogue.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.packagecatalogue.catalogue.packages.PackageDetail;
import org.packagecatalogue.catalogue.packages.PackageSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The billing dialect's views of a package's contents, field for field as in the Detail sample. */
final class ContentViews {

    private ContentViews() {
    }

    /** Package/{id}/Detail: the package's fields, then {@code details}. */
    @Schema(name = "PackageDetailView", description = "The Package object with all its details")
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
            int defaultInstances, int minimumInstances, int maximumInstances, @Schema(nullable = true) Integer termId, @Schema(nullable = true) String termName,
            @JsonProperty("isUsageBucketSharePlanPackageService") boolean isUsageBucketSharePlanPackageService,
            @Schema(nullable = true) Integer usageClassDynamicId, @Schema(nullable = true) String usageClassDynamicName, Instant created, @Schema(nullable = true) Integer serviceCategoryId,
            Instant updated, ServiceDetails details) {
    }

    record ServiceDetails(List<UsageBucketView> usageBuckets) {
    }

    record UsageBucketView(
            long identity, long packageServiceId, String name, boolean prorate,
            @JsonProperty("isInfiniteLastTier") boolean isInfiniteLastTier,
            @JsonProperty("isThresholdPerAccountService") boolean isThresholdPerAccountService,
            @Schema(nullable = true) Integer usageBucketRefillTypeId, @Schema(nullable = true) String usageBucketRefillTypeName, @Schema(nullable = true) Integer refillFrequency,
            @Schema(nullable = true) Integer refillFrequencyTypeId, @Schema(nullable = true) String refillFrequencyTypeName, @Schema(nullable = true) Integer expireAfterFrequency,
            @Schema(nullable = true) Integer expireAfterFrequencyTypeId, @Schema(nullable = true) String expireAfterFrequencyTypeName, @Schema(nullable = true) Integer expireAfterRecurrence,
            @JsonProperty("isAssociatedWithSharePlan") boolean isAssociatedWithSharePlan,
            boolean accountPackageActivation, @Schema(nullable = true) Long overageUsageRatePlanId,
            @JsonProperty("isSharedAcrossPackage") boolean isSharedAcrossPackage,
            @Schema(nullable = true) String overageUsageRatePlanName,
            @JsonProperty("isBytesInBinaryUnit") boolean isBytesInBinaryUnit,
            @Schema(nullable = true) Integer usageBucketBaseUnitId, @Schema(nullable = true) String usageBucketBaseUnitName, BucketDetails details) {
    }

    /** Tiers, and the references to objects managed elsewhere, answered where present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = "tiers")
    record BucketDetails(
            List<TierView> tiers,
            List<Map<String, Object>> contributions,
            List<Map<String, Object>> usageBucketNotifications,
            List<Map<String, Object>> usageBucketBase) {
    }

    record TierView(
            long identity, long usageBucketId, String usageBucketName, BigDecimal threshold, @Schema(nullable = true) BigDecimal flatCharge,
            @Schema(nullable = true) Integer usageUnitId, @Schema(nullable = true) String usageUnitName, @Schema(nullable = true) Long packageFrequencyId, @Schema(nullable = true) String packageFrequencyName,
            long packageServiceId, @Schema(nullable = true) Integer currencyId, @Schema(nullable = true) String currencyName, @Schema(nullable = true) BigDecimal money, @Schema(nullable = true) Long priceBookId,
            @Schema(nullable = true) String priceBookName, boolean tierOverride) {
    }

    record FrequencyView(
            long identity, int frequency, @JsonProperty("isActive") boolean isActive, long packageId, String packageName,
            int frequencyTypeId, String frequencyTypeName, @Schema(nullable = true) Integer termId, @Schema(nullable = true) String termName, @Schema(nullable = true) String sku, @Schema(nullable = true) String name,
            @JsonProperty("isUsageBucketSharePlanPackageFrequency") boolean isUsageBucketSharePlanPackageFrequency,
            @Schema(nullable = true) Integer countingRuleId, @Schema(nullable = true) String countingRuleName, Instant created, Instant updated, @Schema(nullable = true) BigDecimal price) {
    }

    record CurrencyView(long identity, long packageId, String packageName, int currencyId, String currencyName, String currencyCode) {
    }

    /** A catalogue service (Service/ endpoints). */
    @Schema(name = "Service", description = "The Service object")
    record CatalogueServiceView(long identity, String name, @Schema(nullable = true) String description, long ownerId, String ownerName,
                                int serviceCategoryId, String serviceCategoryName, Instant created, Instant updated, long id) {
    }
}
