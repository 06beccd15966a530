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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.packagecatalogue.catalogue.lookup.ServiceCategory;
import org.packagecatalogue.catalogue.lookup.Term;
import org.packagecatalogue.catalogue.lookup.UsageClass;
import org.packagecatalogue.catalogue.services.CatalogueService;

/** A service in a package: how many instances an account gets, may have, must have. */
@Entity
@Table(name = "package_service")
public class PackageService extends PanacheEntityBase implements org.packagecatalogue.catalogue.changes.Recorded {

    public static final String OBJECT_TYPE = "packageService";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "package_service_id_seq")
    @SequenceGenerator(name = "package_service_id_seq", sequenceName = "package_service_id_seq", allocationSize = 50)
    public Long id;

    /** Its public id (the mPaaS PackageItemId). */
    @Column(nullable = false, unique = true, updatable = false)
    public java.util.UUID uid = java.util.UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_id", nullable = false, updatable = false)
    public CataloguePackage pkg;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    public CatalogueService service;

    @Column(name = "default_instances", nullable = false)
    public int defaultInstances = 1;

    /** 0 means the service is optional. */
    @Column(name = "minimum_instances", nullable = false)
    public int minimumInstances = 0;

    @Column(name = "maximum_instances", nullable = false)
    public int maximumInstances = 1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "term_id")
    public Term term;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "usage_class_id")
    public UsageClass usageClass;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_category_id")
    public ServiceCategory serviceCategory;

    @Column(name = "is_usage_bucket_share_plan_package_service", nullable = false)
    public boolean usageBucketSharePlan;

    /** What this item of the package is sold at (the mPaaS item's Price), if priced. */
    @Column(precision = 19, scale = 6)
    public java.math.BigDecimal price;

    /** Whether its price recurs monthly (the mPaaS item's Monthly), if priced. */
    public Boolean monthly;

    @Column(name = "item_type")
    public String itemType;

    @org.hibernate.annotations.CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant created;

    @org.hibernate.annotations.UpdateTimestamp
    @Column(nullable = false)
    public Instant updated;

    @Override
    public String objectType() {
        return OBJECT_TYPE;
    }

    @Override
    public String publicId() {
        return uid.toString();
    }
}
