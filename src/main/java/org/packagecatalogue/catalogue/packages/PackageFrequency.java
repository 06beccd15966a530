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
import org.packagecatalogue.catalogue.lookup.CountingRule;
import org.packagecatalogue.catalogue.lookup.FrequencyType;
import org.packagecatalogue.catalogue.lookup.Term;
import org.packagecatalogue.catalogue.owner.Owner;

/** How often a package bills (every {@code frequency} units of its frequency type); its sku is unique per owner. */
@Entity
@Table(name = "package_frequency")
public class PackageFrequency extends PanacheEntityBase implements org.packagecatalogue.catalogue.changes.Recorded {

    public static final String OBJECT_TYPE = "packageFrequency";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "package_frequency_id_seq")
    @SequenceGenerator(name = "package_frequency_id_seq", sequenceName = "package_frequency_id_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_id", nullable = false, updatable = false)
    public CataloguePackage pkg;

    /** The package's owner, kept here so that the sku can be unique per owner in the database. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    public Owner owner;

    @Column(nullable = false)
    public int frequency = 1;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "frequency_type_id", nullable = false)
    public FrequencyType frequencyType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "term_id")
    public Term term;

    public String sku;

    /** What the package costs per period of this frequency (exact decimal). */
    @Column(precision = 19, scale = 6)
    public java.math.BigDecimal price;

    public String name;

    @Column(name = "is_active", nullable = false)
    public boolean active = true;

    @Column(name = "is_usage_bucket_share_plan_package_frequency", nullable = false)
    public boolean usageBucketSharePlan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "counting_rule_id")
    public CountingRule countingRule;

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
        return String.valueOf(id);
    }
}
