package org.packagecatalogue.catalogue.services;

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
import org.packagecatalogue.catalogue.lookup.ServiceCategory;
import org.packagecatalogue.catalogue.owner.OwnedEntity;

/** A billable service of an owner's catalogue; packages contain services as their line items. */
@Entity
@Table(name = "service")
public class CatalogueService extends OwnedEntity implements org.packagecatalogue.catalogue.changes.Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_id_seq")
    @SequenceGenerator(name = "service_id_seq", sequenceName = "service_id_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_category_id", nullable = false)
    public ServiceCategory category;

    @Override
    public String objectType() {
        return ServiceCatalogue.OBJECT_TYPE;
    }

    @Override
    public String publicId() {
        return uid.toString();
    }
}
