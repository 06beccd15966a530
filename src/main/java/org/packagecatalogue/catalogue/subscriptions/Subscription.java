package org.packagecatalogue.catalogue.subscriptions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
import java.time.Instant;
import java.util.UUID;
import org.packagecatalogue.catalogue.packages.CataloguePackage;

/** A package sold to a subscriber, at the price and billing cycle of the day it was sold. */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase implements org.packagecatalogue.catalogue.changes.Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_id_seq")
    @SequenceGenerator(name = "subscription_id_seq", sequenceName = "subscription_id_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public UUID uid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_id", nullable = false, updatable = false)
    public CataloguePackage pkg;

    /** The subscriber's UUID, as the client wrote it. */
    @Column(name = "subscriber_id", nullable = false, updatable = false)
    public String subscriberId;

    /** The telephone number it is for (the mPaaS TNID), if any: its UUID as the client wrote it. */
    @Column(name = "number_id", updatable = false)
    public String numberId;

    @Column(updatable = false)
    public String iccid;

    @Column(name = "sale_type", updatable = false)
    public String saleType;

    /** The price it was sold at: a later change of the package's price leaves it alone. */
    @Column(nullable = false, precision = 19, scale = 6, updatable = false)
    public BigDecimal price;

    @Column(nullable = false, updatable = false)
    public boolean monthly;

    @Column(nullable = false)
    public boolean active = true;

    @org.hibernate.annotations.CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant created;

    public Instant cancelled;

    @Override
    public String objectType() {
        return Subscriptions.OBJECT_TYPE;
    }

    @Override
    public String publicId() {
        return uid.toString();
    }
}
