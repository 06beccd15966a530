package org.packagecatalogue.catalogue.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * The one place a change becomes a fact: every write path of every aggregate collects what it did in a
 * {@link ChangeSet} and hands it here, in its own transaction, after its last flush. Each changed object
 * gets one entry in the change log (migration V9) with the fields it changed, before and after, and then
 * {@link ChangesRecorded} is fired with the entries. A change set with nothing in it writes nothing and
 * fires nothing.
 *
 * <p>The fields come from Hibernate's mapping of the entity, not from a list kept here: a column added to an
 * entity appears in history with no edit to this class. Not recorded: the object's own ids, owner and audit
 * columns (they are the entry's, or change with every write), a reference to its root (the entry names
 * it), collections (each child has entries of its own), and anything whose name says secret.
 */
@ApplicationScoped
public class ChangeLog {

    /** Columns every entry carries on its own, or that change with every write. */
    private static final Set<String> NOT_FIELDS = Set.of("uid", "owner", "created", "updated", "version");

    @Inject
    EntityManager em;

    @Inject
    ChangeLogRepository log;

    @Inject
    Instance<Actor.Source> actors;

    @Inject
    Event<ChangesRecorded> recorded;

    /**
     * The write changed this one loaded object in memory: it is compared with what the session loaded, flushed (its
     * new version is the entry's) and recorded; nothing is recorded when no field differs.
     */
    public void updated(Recorded entity, Recorded root, ChangeAction action) {
        ChangeSet changes = changes();
        changes.updated(entity, root, action);
        em.flush();
        write(changes);
    }

    /** A new, empty set of changes for one write. */
    public ChangeSet changes() {
        return new ChangeSet(this);
    }

    /**
     * Writes the set's entries, in the order they were collected, and fires {@link ChangesRecorded}. Call it
     * after the write's last flush: a created object's id and every version are read then, and an entry's
     * owner must exist in the database (a new distributor is flushed first).
     */
    public List<ChangeEntry> write(ChangeSet set) {
        List<Change> changes = new ArrayList<>();
        Map<Object, Change.Root> roots = new java.util.IdentityHashMap<>(); // a write's objects mostly share one root
        for (ChangeSet.Pending p : set.pending) {
            Change change = resolve(p, roots);
            if (change != null) {
                changes.add(change);
            }
        }
        if (changes.isEmpty()) {
            return List.of();
        }
        Actor actor = actors.isResolvable() ? actors.get().current() : Actor.UNKNOWN;
        List<ChangeEntry> entries = log.insert(changes, actor);
        recorded.fire(new ChangesRecorded(entries));
        return entries;
    }

    private Change resolve(ChangeSet.Pending p, Map<Object, Change.Root> roots) {
        List<FieldChange> fields = switch (p.action) {
            case DELETED -> whole(p.before, true);
            default -> p.before == null ? whole(state(p.entity, p.root), false) : p.fields;
        };
        if (fields == null) {
            return null; // an update that changed nothing
        }
        Recorded root = p.root;
        Change.Root r = roots.computeIfAbsent(root, x -> new Change.Root(root.objectType(), id(root), root.publicId(), ownerOf(root)));
        return new Change(p.entity.objectType(), id(p.entity), p.entity.publicId(), p.action, versionOf(p.entity, root), r, fields);
    }

    /** The recorded fields of an entity as they are now. */
    Map<String, Object> state(Object entity, Object root) {
        EntityPersister persister = persister(entity);
        return fields(persister, persister.getValues(entity), root);
    }

    /** The recorded fields as this session loaded them, or null for an object it did not load (a new one). */
    Map<String, Object> loadedState(Object entity, Object root) {
        EntityEntry entry = em.unwrap(SessionImplementor.class).getPersistenceContextInternal().getEntry(entity);
        if (entry == null || entry.getLoadedState() == null) {
            return null;
        }
        return fields(persister(entity), entry.getLoadedState(), root);
    }

    /** The fields that differ between two states (null when none does), in the mapping's order. */
    static List<FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        List<FieldChange> changed = new ArrayList<>();
        for (Map.Entry<String, Object> e : after.entrySet()) {
            Object old = before.get(e.getKey());
            if (!Objects.equals(old, e.getValue())) {
                changed.add(new FieldChange(e.getKey(), old, e.getValue()));
            }
        }
        return changed.isEmpty() ? null : changed;
    }

    /** Every field that has a value: as after a create, or ({@code before}) as before a delete. */
    private static List<FieldChange> whole(Map<String, Object> state, boolean before) {
        List<FieldChange> fields = new ArrayList<>();
        state.forEach((name, value) -> {
            if (value != null) {
                fields.add(before ? new FieldChange(name, value, null) : new FieldChange(name, null, value));
            }
        });
        return fields;
    }

    private Map<String, Object> fields(EntityPersister persister, Object[] values, Object root) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Recordable p : recordable(persister)) {
            Object value = values[p.index()];
            if (p.reference()) {
                if (value != null && root != null && id(value) == id(root) && sameType(value, root)) {
                    continue; // the reference to the root: the entry names it
                }
                value = value == null ? null : units().getIdentifier(value);
            }
            fields.put(p.name(), plain(value));
        }
        return fields;
    }

    /** A recorded attribute of an entity: where its value is in Hibernate's state, and whether it refers to another entity. */
    private record Recordable(int index, String name, boolean reference) {
    }

    private final Map<String, List<Recordable>> recordable = new java.util.concurrent.ConcurrentHashMap<>();

    /** The attributes of an entity that history records, read off its mapping once per entity type. */
    private List<Recordable> recordable(EntityPersister persister) {
        return recordable.computeIfAbsent(persister.getEntityName(), name -> {
            String[] names = persister.getPropertyNames();
            Type[] types = persister.getPropertyTypes();
            List<Recordable> kept = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                if (!NOT_FIELDS.contains(names[i]) && !names[i].toLowerCase(Locale.ROOT).contains("secret") && !types[i].isCollectionType()) {
                    kept.add(new Recordable(i, names[i], types[i].isEntityType()));
                }
            }
            return List.copyOf(kept);
        });
    }

    private boolean sameType(Object a, Object b) {
        return persister(a).getEntityName().equals(persister(b).getEntityName());
    }

    /** A value as the log keeps it: numbers, flags, text, lists and maps; exact decimals without trailing zeros. */
    static Object plain(Object value) {
        if (value == null || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof BigDecimal d) {
            BigDecimal stripped = d.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof TemporalAccessor) { // Instant, LocalDate…
            return value.toString();
        }
        if (value instanceof UUID || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(ChangeLog::plain).toList();
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        return value.toString();
    }

    private long id(Object entity) {
        return ((Number) units().getIdentifier(entity)).longValue();
    }

    private long ownerOf(Object root) {
        EntityPersister persister = persister(root);
        for (String name : persister.getPropertyNames()) {
            if (name.equals("owner")) {
                Object owner = persister.getPropertyValue(root, name);
                return ((Number) units().getIdentifier(owner)).longValue();
            }
        }
        return id(root); // an owner is its own
    }

    private Long versionOf(Object entity, Object root) {
        for (Object candidate : List.of(entity, root)) {
            EntityPersister persister = persister(candidate);
            if (persister.isVersioned()) {
                return ((Number) persister.getVersion(candidate)).longValue();
            }
        }
        return null;
    }

    private EntityPersister persister(Object entity) {
        return em.unwrap(SessionImplementor.class).getEntityPersister(null, entity);
    }

    private PersistenceUnitUtil units() {
        return em.getEntityManagerFactory().getPersistenceUnitUtil();
    }
}
