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
import java.math.BigDecimal;
import org.packagecatalogue.catalogue.lookup.Currency;
import org.packagecatalogue.catalogue.lookup.UsageUnit;

/**
 * A price step of a usage bucket: from {@code threshold} units of usage on, usage costs
 * {@code money} per unit plus a {@code flatCharge}. Thresholds of a bucket strictly increase.
 */
@Entity
@Table(name = "tier")
public class Tier extends PanacheEntityBase implements org.packagecatalogue.catalogue.changes.Recorded {

    public static final String OBJECT_TYPE = "tier";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tier_id_seq")
    @SequenceGenerator(name = "tier_id_seq", sequenceName = "tier_id_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "usage_bucket_id", nullable = false, updatable = false)
    public UsageBucket usageBucket;

    @Column(nullable = false, precision = 19, scale = 6)
    public BigDecimal threshold;

    @Column(name = "flat_charge", precision = 19, scale = 6)
    public BigDecimal flatCharge;

    @Column(precision = 19, scale = 6)
    public BigDecimal money;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "usage_unit_id")
    public UsageUnit usageUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "currency_id")
    public Currency currency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "package_frequency_id")
    public PackageFrequency packageFrequency;

    @Column(name = "price_book_id")
    public Long priceBookId;

    @Column(name = "price_book_name")
    public String priceBookName;

    @Column(name = "tier_override", nullable = false)
    public boolean tierOverride;

    @Override
    public String objectType() {
        return OBJECT_TYPE;
    }

    @Override
    public String publicId() {
        return String.valueOf(id);
    }
}
