package org.packagecatalogue.catalogue.owner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * The columns every object of an owner's catalogue has (a package, a service): its public id, the owner
 * whose tenant it belongs to (for good), a name and description, when it was made and last changed
 * (set by Hibernate at insert and at each update), and its version (the optimistic lock and the ETag).
 * Each table keeps its own id sequence, so the id is declared by each entity.
 */
@MappedSuperclass
public abstract class OwnedEntity extends PanacheEntityBase {

    @Column(nullable = false, unique = true, updatable = false)
    public UUID uid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    public Owner owner;

    @Column(nullable = false)
    public String name;

    public String description;

    @CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant created;

    @UpdateTimestamp
    @Column(nullable = false)
    public Instant updated;

    /** Optimistic lock: concurrent writers never silently overwrite each other. */
    @Version
    @Column(nullable = false)
    public long version;
}
