package org.packagecatalogue.catalogue.packages;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.packagecatalogue.catalogue.lookup.FrequencyType;
import org.packagecatalogue.catalogue.lookup.UsageBucketBaseUnit;
import org.packagecatalogue.catalogue.lookup.UsageBucketRefillType;

/**
 * Usage-priced allowance of a package service, priced by its tiers. The objects it names that this
 * service does not manage (share-plan contributions, notification configurations, geo-located usage
 * bases, the overage rate plan) are kept as the references they were given.
 */
@Entity
@Table(name = "usage_bucket")
public class UsageBucket extends PanacheEntityBase implements org.packagecatalogue.catalogue.changes.Recorded {

    public static final String OBJECT_TYPE = "usageBucket";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usage_bucket_id_seq")
    @SequenceGenerator(name = "usage_bucket_id_seq", sequenceName = "usage_bucket_id_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_service_id", nullable = false, updatable = false)
    public PackageService packageService;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public boolean prorate;

    @Column(name = "is_infinite_last_tier", nullable = false)
    public boolean infiniteLastTier;

    @Column(name = "is_threshold_per_account_service", nullable = false)
    public boolean thresholdPerAccountService;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "usage_bucket_refill_type_id")
    public UsageBucketRefillType refillType;

    @Column(name = "refill_frequency")
    public Integer refillFrequency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "refill_frequency_type_id")
    public FrequencyType refillFrequencyType;

    @Column(name = "expire_after_frequency")
    public Integer expireAfterFrequency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "expire_after_frequency_type_id")
    public FrequencyType expireAfterFrequencyType;

    @Column(name = "expire_after_recurrence")
    public Integer expireAfterRecurrence;

    @Column(name = "is_associated_with_share_plan", nullable = false)
    public boolean associatedWithSharePlan;

    @Column(name = "account_package_activation", nullable = false)
    public boolean accountPackageActivation;

    @Column(name = "overage_usage_rate_plan_id")
    public Long overageUsageRatePlanId;

    @Column(name = "overage_usage_rate_plan_name")
    public String overageUsageRatePlanName;

    @Column(name = "is_shared_across_package", nullable = false)
    public boolean sharedAcrossPackage;

    @Column(name = "is_bytes_in_binary_unit", nullable = false)
    public boolean bytesInBinaryUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "usage_bucket_base_unit_id")
    public UsageBucketBaseUnit baseUnit;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "contributions")
    public List<Map<String, Object>> contributions;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "usage_bucket_notifications")
    public List<Map<String, Object>> notifications;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "usage_bucket_base")
    public List<Map<String, Object>> bases;

    @org.hibernate.annotations.CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant created;

    @org.hibernate.annotations.UpdateTimestamp
    @Column(nullable = false)
    public Instant updated;

    /** Loaded only by the detail queries, in one statement with the bucket: never walked lazily. */
    @OneToMany(mappedBy = "usageBucket")
    @OrderBy("threshold")
    public List<Tier> tiers = new ArrayList<>();

    @Override
    public String objectType() {
        return OBJECT_TYPE;
    }

    @Override
    public String publicId() {
        return String.valueOf(id);
    }
}
