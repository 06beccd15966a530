package org.packagecatalogue.catalogue.packages;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.packagecatalogue.catalogue.lookup.AccountPackageStatusType;
import org.packagecatalogue.catalogue.lookup.PackageCategory;
import org.packagecatalogue.catalogue.owner.OwnedEntity;

/** A package: an offering that is added to customer accounts and billed. */
@Entity
@Table(name = "package")
public class CataloguePackage extends OwnedEntity implements org.packagecatalogue.catalogue.changes.Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "package_id_seq")
    @SequenceGenerator(name = "package_id_seq", sequenceName = "package_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "invoice_detail")
    public String invoiceDetail;

    /** When the package becomes available for purchase (null: from the start). */
    @Column(name = "start_at")
    public Instant start;

    /** When the package stops being available for purchase (null: never). */
    @Column(name = "expiry_at")
    public Instant expiry;

    @Column(name = "full_period", nullable = false)
    public boolean fullPeriod;

    @Column(name = "post_paid", nullable = false)
    public boolean postPaid;

    @Column(name = "bill_on_account_bill_day", nullable = false)
    public boolean billOnAccountBillDay;

    @Column(name = "charge_recurring_if_usage", nullable = false)
    public boolean chargeRecurringIfUsage;

    @Column(name = "is_global_add_on_eligible", nullable = false)
    public boolean globalAddOnEligible;

    @Column(name = "is_quantity_allowed", nullable = false)
    public boolean quantityAllowed;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "default_account_package_status_type_id", nullable = false)
    public AccountPackageStatusType defaultAccountPackageStatusType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_category_id", nullable = false)
    public PackageCategory category;

    /** What it is sold as (free text such as sip or esim; the mPaaS dialect's Type). */
    @Column(name = "sale_type")
    public String saleType;

    /** The subscriber it was made for, if any (the mPaaS dialect's SubscriberId): its UUID as the client wrote it. */
    @Column(name = "subscriber_id")
    public String subscriberId;

    @Override
    public String objectType() {
        return PackageCatalogue.OBJECT_TYPE;
    }

    @Override
    public String publicId() {
        return uid.toString();
    }
}
