package org.packagecatalogue.catalogue.owner;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.NotPermittedException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/** The owner hierarchy: creating owners and resolving a caller's tenant. */
@ApplicationScoped
public class Owners {

    @Inject
    org.packagecatalogue.catalogue.changes.ChangeLog changeLog;

    @Inject
    EntityManager em;

    @Inject
    OwnerRepository repository;

    /** Creates the platform owner (the root of a hierarchy). */
    @Transactional
    public Owner createAggregator(UUID uid, String name) {
        return create(uid, OwnerKind.AGGREGATOR, name, null);
    }

    /** An aggregator onboards a distributor directly below itself. */
    @Transactional
    public Owner createDistributor(Tenant caller, String name) {
        Owner parent = em.find(Owner.class, caller.ownerId());
        if (parent == null || !parent.kind.holdsOthers) {
            throw new NotPermittedException("only an aggregator can create distributors");
        }
        return create(UUID.randomUUID(), OwnerKind.DISTRIBUTOR, name, parent);
    }

    public Optional<Owner> findByUid(UUID uid) {
        return repository.findByUid(uid);
    }

    /**
     * The tenant of an owner, or empty when the owner no longer exists. Cached: an owner's place in
     * the hierarchy never changes.
     */
    @CacheResult(cacheName = "owner-tenant")
    public Optional<Tenant> tenantOf(long ownerId) {
        Owner owner = em.find(Owner.class, ownerId);
        return owner == null ? Optional.empty() : Optional.of(new Tenant(owner.id, owner.path, !owner.kind.holdsOthers));
    }

    private Owner create(UUID uid, OwnerKind kind, String name, Owner parent) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidRequestException(Violation.required("name"));
        }
        if (trimmed.length() > 255) {
            throw new InvalidRequestException(new Violation("name", Violation.TOO_LONG, "must be at most 255 characters"));
        }
        Owner owner = new Owner();
        owner.uid = uid;
        owner.kind = kind;
        owner.name = trimmed;
        owner.parent = parent;
        owner.id = repository.nextId();
        owner.path = (parent == null ? "/" : parent.path) + owner.id + "/";
        em.persist(owner);
        em.flush(); // the entry refers to the owner
        changeLog.write(changeLog.changes().created(owner, owner));
        return owner;
    }
}
