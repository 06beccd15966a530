package org.packagecatalogue.catalogue.owner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An owner of packages: the aggregator at the root, distributors below it. */
@Entity
@Table(name = "owner")
@Cacheable
public class Owner extends PanacheEntityBase implements org.packagecatalogue.catalogue.changes.Recorded {

    /** Drawn from owner_id_seq by {@link Owners} before the insert, because the path contains it. */
    @Id
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public UUID uid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public OwnerKind kind;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    public Owner parent;

    /** '/1/' for the aggregator, '/1/7/' for a distributor below it: see {@code Tenant}. */
    @Column(nullable = false, updatable = false)
    public String path;

    @org.hibernate.annotations.CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant created;

    /** The public identifier, e.g. {@code DID-3f0c…}. */
    @Override
    public String publicId() {
        return kind.publicId(uid);
    }

    @Override
    public String objectType() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
