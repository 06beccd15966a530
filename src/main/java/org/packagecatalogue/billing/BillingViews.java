package org.packagecatalogue.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.packagecatalogue.catalogue.packages.PackageDetail;
import org.packagecatalogue.catalogue.packages.PackageSummary;
import org.packagecatalogue.catalogue.services.CatalogueService;
import org.packagecatalogue.catalogue.services.ServiceSummary;

/**
 * The billing dialect's views of the core's objects: which field of the core each answer field is,
 * where the names differ. MapStruct writes the constructor calls at compile time (plain code, no
 * reflection, so nothing to register for the native image). Every date-time is answered to the
 * millisecond and every decimal without trailing zeros, as the original API does.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface BillingViews {

    BillingViews MAP = new BillingViewsImpl();

    @Mapping(target = "identity", source = "id")
    @Mapping(target = "defaultAccountPackageStatusTypeId", source = "statusTypeId")
    @Mapping(target = "defaultAccountPackageStatusTypeName", source = "statusTypeName")
    @Mapping(target = "packageCategoryId", source = "categoryId")
    @Mapping(target = "packageCategoryName", source = "categoryName")
    @Mapping(target = "isGlobalAddOnEligible", source = "globalAddOnEligible")
    @Mapping(target = "isQuantityAllowed", source = "quantityAllowed")
    PackageView packageView(PackageSummary pkg);

    @Mapping(target = "identity", source = "sd.packageService.id")
    @Mapping(target = "packageId", source = "pkg.id")
    @Mapping(target = "packageName", source = "pkg.name")
    @Mapping(target = "serviceId", source = "sd.packageService.service.id")
    @Mapping(target = "serviceName", source = "sd.packageService.service.name")
    @Mapping(target = "defaultInstances", source = "sd.packageService.defaultInstances")
    @Mapping(target = "minimumInstances", source = "sd.packageService.minimumInstances")
    @Mapping(target = "maximumInstances", source = "sd.packageService.maximumInstances")
    @Mapping(target = "termId", source = "sd.packageService.term.id")
    @Mapping(target = "termName", source = "sd.packageService.term.name")
    @Mapping(target = "isUsageBucketSharePlanPackageService", source = "sd.packageService.usageBucketSharePlan")
    @Mapping(target = "usageClassDynamicId", source = "sd.packageService.usageClass.id")
    @Mapping(target = "usageClassDynamicName", source = "sd.packageService.usageClass.name")
    @Mapping(target = "created", source = "sd.packageService.created")
    @Mapping(target = "serviceCategoryId", source = "sd.packageService.serviceCategory.id")
    @Mapping(target = "updated", source = "sd.packageService.updated")
    @Mapping(target = "details", expression = "java(sd.usageBuckets() == null ? null"
            + " : new ContentViews.ServiceDetails(usageBucketViews(sd.usageBuckets())))")
    ContentViews.ServiceView serviceView(PackageDetail.ServiceDetail sd, PackageSummary pkg);

    List<ContentViews.UsageBucketView> usageBucketViews(List<PackageDetail.Bucket> buckets);

    @Mapping(target = "identity", source = "id")
    @Mapping(target = "isInfiniteLastTier", source = "infiniteLastTier")
    @Mapping(target = "isThresholdPerAccountService", source = "thresholdPerAccountService")
    @Mapping(target = "usageBucketRefillTypeId", source = "refillType.id")
    @Mapping(target = "usageBucketRefillTypeName", source = "refillType.name")
    @Mapping(target = "refillFrequencyTypeId", source = "refillFrequencyType.id")
    @Mapping(target = "refillFrequencyTypeName", source = "refillFrequencyType.name")
    @Mapping(target = "expireAfterFrequencyTypeId", source = "expireAfterFrequencyType.id")
    @Mapping(target = "expireAfterFrequencyTypeName", source = "expireAfterFrequencyType.name")
    @Mapping(target = "isAssociatedWithSharePlan", source = "associatedWithSharePlan")
    @Mapping(target = "isSharedAcrossPackage", source = "sharedAcrossPackage")
    @Mapping(target = "isBytesInBinaryUnit", source = "bytesInBinaryUnit")
    @Mapping(target = "usageBucketBaseUnitId", source = "baseUnit.id")
    @Mapping(target = "usageBucketBaseUnitName", source = "baseUnit.name")
    @Mapping(target = "details", expression = "java(bucketDetails(bucket))")
    ContentViews.UsageBucketView usageBucketView(PackageDetail.Bucket bucket);

    /** The bucket's tiers, and the references to objects managed elsewhere, kept as given. */
    default ContentViews.BucketDetails bucketDetails(PackageDetail.Bucket bucket) {
        return new ContentViews.BucketDetails(bucket.tiers().stream().map(t -> tierView(t, bucket)).toList(),
                bucket.contributions(), bucket.notifications(), bucket.bases());
    }

    @Mapping(target = "identity", source = "tier.id")
    @Mapping(target = "usageBucketId", source = "bucket.id")
    @Mapping(target = "usageBucketName", source = "bucket.name")
    @Mapping(target = "threshold", source = "tier.threshold")
    @Mapping(target = "flatCharge", source = "tier.flatCharge")
    @Mapping(target = "usageUnitId", source = "tier.usageUnit.id")
    @Mapping(target = "usageUnitName", source = "tier.usageUnit.name")
    @Mapping(target = "packageFrequencyId", source = "tier.packageFrequency.id")
    @Mapping(target = "packageFrequencyName", source = "tier.packageFrequency.name")
    @Mapping(target = "packageServiceId", source = "bucket.packageServiceId")
    @Mapping(target = "currencyId", source = "tier.currency.id")
    @Mapping(target = "currencyName", source = "tier.currency.name")
    @Mapping(target = "money", source = "tier.money")
    @Mapping(target = "priceBookId", source = "tier.priceBookId")
    @Mapping(target = "priceBookName", source = "tier.priceBookName")
    @Mapping(target = "tierOverride", source = "tier.tierOverride")
    ContentViews.TierView tierView(PackageDetail.TierValue tier, PackageDetail.Bucket bucket);

    /** {@code price} (last) is ours: the package's price per period, which the mPaaS dialect sells it at. */
    @Mapping(target = "identity", source = "frequency.id")
    @Mapping(target = "frequency", source = "frequency.frequency")
    @Mapping(target = "isActive", source = "frequency.active")
    @Mapping(target = "packageId", source = "pkg.id")
    @Mapping(target = "packageName", source = "pkg.name")
    @Mapping(target = "frequencyTypeId", source = "frequency.frequencyType.id")
    @Mapping(target = "frequencyTypeName", source = "frequency.frequencyType.name")
    @Mapping(target = "termId", source = "frequency.term.id")
    @Mapping(target = "termName", source = "frequency.term.name")
    @Mapping(target = "sku", source = "frequency.sku")
    @Mapping(target = "name", source = "frequency.name")
    @Mapping(target = "isUsageBucketSharePlanPackageFrequency", source = "frequency.usageBucketSharePlan")
    @Mapping(target = "countingRuleId", source = "frequency.countingRule.id")
    @Mapping(target = "countingRuleName", source = "frequency.countingRule.name")
    @Mapping(target = "created", source = "frequency.created")
    @Mapping(target = "updated", source = "frequency.updated")
    @Mapping(target = "price", source = "frequency.price")
    ContentViews.FrequencyView frequencyView(PackageDetail.Frequency frequency, PackageSummary pkg);

    @Mapping(target = "identity", source = "link.id")
    @Mapping(target = "packageId", source = "pkg.id")
    @Mapping(target = "packageName", source = "pkg.name")
    @Mapping(target = "currencyId", source = "link.currency.id")
    @Mapping(target = "currencyName", source = "link.currency.name")
    @Mapping(target = "currencyCode", source = "link.currency.code")
    ContentViews.CurrencyView currencyView(PackageDetail.CurrencyLink link, PackageSummary pkg);

    @Mapping(target = "identity", source = "id")
    @Mapping(target = "ownerId", source = "owner.id")
    @Mapping(target = "ownerName", source = "owner.name")
    @Mapping(target = "serviceCategoryId", source = "category.id")
    @Mapping(target = "serviceCategoryName", source = "category.name")
    ContentViews.CatalogueServiceView catalogueServiceView(CatalogueService service);

    @Mapping(target = "identity", source = "id")
    @Mapping(target = "serviceCategoryId", source = "categoryId")
    @Mapping(target = "serviceCategoryName", source = "categoryName")
    ContentViews.CatalogueServiceView catalogueServiceView(ServiceSummary service);

    /** The documented form has milliseconds: 2021-04-26T15:25:27.587Z. */
    default Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** 90.550000 → 90.55; 100.000000 → 100. */
    default BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
