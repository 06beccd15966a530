package org.packagecatalogue.catalogue.packages;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Item;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * One change being applied by {@link PackageWriter}: the package, its contents as they were and as the
 * items make them, what to write and remove, and every problem found. Nothing is written until every
 * item has been applied in memory and the rules over the final state hold.
 */
final class PatchRun {

    final Tenant tenant;
    final PackagePatch patch;
    final EntityManager em;
    final PackageRepository packages;
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    final List<Violation> problems = new ArrayList<>();

    CataloguePackage pkg;
    boolean newPackage;
    /** The package's contents, loaded when an item changes a child (see {@link #loadContents}). */
    boolean contentsLoaded;
    final Map<Long, PackageService> packageServices = new LinkedHashMap<>();
    final Map<Long, PackageFrequency> frequencies = new LinkedHashMap<>();
    final Map<Long, PackageCurrency> currencies = new LinkedHashMap<>();
    final Map<Long, UsageBucket> buckets = new LinkedHashMap<>();
    final Map<Long, Tier> tiers = new LinkedHashMap<>();
    /** The package's pricing frequency (its first), once a sale item has read or made it. */
    PackageFrequency pricing;
    private boolean pricingRead;

    /** Objects created by this change, by the patchClientId of the item that created them. */
    final Map<String, Object> createdByClientId = new HashMap<>();
    final Map<Item, Object> entityOfItem = new HashMap<>();
    final List<Object> toPersist = new ArrayList<>();
    final List<Object> toRemove = new ArrayList<>();
    final Set<Object> removed = new HashSet<>();

    PatchRun(Tenant tenant, PackagePatch patch, PackageRepository packages) {
        this(tenant, patch, packages, packages.getEntityManager());
    }

    /** A run on its own: the rules that need no lookup run without a database (see the rules' unit tests). */
    PatchRun(Tenant tenant, PackagePatch patch, PackageRepository packages, EntityManager em) {
        this.tenant = tenant;
        this.patch = patch;
        this.packages = packages;
        this.em = em;
    }

    /** Loads what the package holds, once: every child an item may name or a rule may need. */
    void loadContents(PackageDetails details) {
        if (contentsLoaded || newPackage) {
            contentsLoaded = true;
            return;
        }
        PackageDetails.Rows current = details.rowsOf(pkg.id);
        for (PackageDetails.ServiceRows sd : current.services()) {
            packageServices.put(sd.packageService().id, sd.packageService());
            for (UsageBucket bucket : sd.usageBuckets()) {
                buckets.put(bucket.id, bucket);
                bucket.tiers.forEach(t -> tiers.put(t.id, t));
            }
        }
        current.frequencies().forEach(f -> frequencies.put(f.id, f));
        current.currencies().forEach(c -> currencies.put(c.id, c));
        contentsLoaded = true;
    }

    /** The package's pricing frequency (its first), or null when it has none: one statement at most. */
    PackageFrequency pricing() {
        if (!pricingRead && !newPackage) {
            pricing = contentsLoaded
                    ? frequencies.values().stream().min(java.util.Comparator.comparing(f -> f.id)).orElse(null)
                    : packages.pricingOf(pkg.id);
        }
        pricingRead = true;
        return pricing;
    }

    /**
     * Every object of the package this change loaded and keeps (the package, its pricing frequency, the
     * contents read for the items): the ones whose fields may have changed.
     */
    Set<Object> loaded() {
        Set<Object> loaded = new java.util.LinkedHashSet<>();
        if (!newPackage) {
            loaded.add(pkg);
        }
        if (pricing != null) {
            loaded.add(pricing);
        }
        loaded.addAll(packageServices.values());
        loaded.addAll(frequencies.values());
        loaded.addAll(currencies.values());
        loaded.addAll(buckets.values());
        loaded.addAll(tiers.values());
        loaded.removeAll(toPersist);
        loaded.removeAll(removed);
        return loaded;
    }

    List<Item> items(Target target) {
        return patch.items().stream().filter(i -> i.target() == target).toList();
    }

    /** The rules every field of a kind shares, reporting into {@code local}, which starts with the draft's read problems. */
    <F extends Enum<F> & DraftField> DraftRules<F> rules(Draft<F> draft, List<Violation> local) {
        local.addAll(draft.readProblems());
        return new DraftRules<>(draft, local, em);
    }

    @SuppressWarnings("unchecked")
    static <F extends Enum<F> & DraftField> Draft<F> draft(Item item, Class<F> fields) {
        return (Draft<F>) item.draft();
    }

    /** The existing child an update or delete names (it must belong to this package), or a new one for a create. */
    <T> T existingOrNew(Item item, Map<Long, T> existing, Supplier<T> factory) {
        if (item.action() == Action.CREATE) {
            return factory.get();
        }
        T entity = existing.get(item.identity());
        if (entity == null || removed.contains(entity)) {
            problems.add(notInPackage(item));
            return null;
        }
        return entity;
    }

    /** Records an item's problems (located by the item) and, for a create, the new object to persist. */
    <T> void finish(Item item, T entity, List<Violation> local) {
        local.forEach(v -> problems.add(located(v, item)));
        if (item.action() == Action.CREATE) {
            toPersist.add(entity);
            if (item.patchClientId() != null) {
                createdByClientId.put(item.patchClientId(), entity);
            }
        }
        entityOfItem.put(item, entity);
    }

    /** The parent an item names: an existing child of this package by id, or one this patch creates. */
    <F extends Enum<F> & DraftField, T> T reference(Item item, Draft<F> d, F field, Map<Long, T> existing,
                                                    Class<T> type, List<Violation> local) {
        String clientRef = item.clientRefs().get(field);
        if (clientRef != null) {
            Object created = createdByClientId.get(clientRef);
            if (type.isInstance(created)) {
                return type.cast(created);
            }
            local.add(Violation.of(field, Violation.UNKNOWN_REFERENCE,
                    "refers to patchClientId " + clientRef + ", which creates no " + type.getSimpleName() + " earlier in this patch"));
            return null;
        }
        if (!d.has(field) || d.id(field) == null) {
            if (!d.isUnreadable(field)) {
                local.add(Violation.required(field));
            }
            return null;
        }
        T found = existing.get(d.id(field));
        if (found == null || removed.contains(found)) {
            local.add(Violation.of(field, Violation.UNKNOWN_REFERENCE, "refers to " + d.id(field) + ", which is not part of this package"));
        }
        return found;
    }

    /** Removes an existing child of the package (and its dependents, children first). */
    <T> void remove(Item item, Map<Long, T> existing, Collection<?> dependents) {
        T entity = existing.get(item.identity());
        for (Object dependent : List.copyOf(dependents)) {
            if (removed.add(dependent)) {
                toRemove.add(dependent);
            }
        }
        removed.add(entity);
        toRemove.add(entity);
        entityOfItem.put(item, entity);
    }

    /** The rows of one kind as they will be: existing ones not removed, plus those this change creates. */
    <T> List<T> live(Collection<T> existing, Class<T> type) {
        List<T> alive = new ArrayList<>();
        for (T t : existing) {
            if (!removed.contains(t)) {
                alive.add(t);
            }
        }
        for (Object created : toPersist) {
            if (type.isInstance(created) && !existing.contains(created)) {
                alive.add(type.cast(created));
            }
        }
        return alive;
    }

    Violation notInPackage(Item item) {
        String where = where(item);
        return Violation.about(where == null ? item.target().objectType : where, Violation.NOT_FOUND,
                item.target().objectType + " " + item.identity() + " is not part of this package");
    }

    /** A problem of an item, located by the item when the caller named its items. */
    Violation located(Violation v, Item item) {
        String where = item == null ? null : where(item);
        return where == null ? v : v.at(where);
    }

    /** How errors name an item: its collection and patchClientId (only when the caller named its items). */
    String where(Item item) {
        return patch.itemsNamed() ? item.target().objectType + "[patchClientId=" + item.patchClientId() + "]" : null;
    }

    /** How errors name an object of the final state: the item that made or changed it, else its identity. */
    String whereEntity(Object entity, Target target) {
        for (Map.Entry<Item, Object> e : entityOfItem.entrySet()) {
            if (e.getValue() == entity) {
                String where = where(e.getKey());
                return where == null ? target.objectType : where;
            }
        }
        return target.objectType + "[identity=" + idOf(entity) + "]";
    }

    void failIfProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    static Long idOf(Object entity) {
        if (entity instanceof CataloguePackage p) {
            return p.id;
        }
        if (entity instanceof PackageService ps) {
            return ps.id;
        }
        if (entity instanceof PackageFrequency f) {
            return f.id;
        }
        if (entity instanceof PackageCurrency c) {
            return c.id;
        }
        if (entity instanceof UsageBucket b) {
            return b.id;
        }
        return ((Tier) entity).id;
    }
}
