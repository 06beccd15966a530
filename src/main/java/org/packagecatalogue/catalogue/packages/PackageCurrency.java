package org.packagecatalogue.catalogue.packages;

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
import org.packagecatalogue.catalogue.lookup.Currency;

/** A currency a package is sold in: a link between the package and a shared currency. */
@Entity
@Table(name = "package_currency")
public class PackageCurrency extends PanacheEntityBase implements org.packagecatalogue.catalogue.changes.Recorded {

    public static final String OBJECT_TYPE = "packageCurrency";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "package_currency_id_seq")
    @SequenceGenerator(name = "package_currency_id_seq", sequenceName = "package_currency_id_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_id", nullable = false, updatable = false)
    public CataloguePackage pkg;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "currency_id", nullable = false)
    public Currency currency;

    @Override
    public String objectType() {
        return OBJECT_TYPE;
    }

    @Override
    public String publicId() {
        return String.valueOf(id);
    }
}
