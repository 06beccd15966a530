package org.packagecatalogue.catalogue.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Values read from PostgreSQL by key (a package's or a service's id), kept in memory until a change drops them. A read marks
 * its id while it runs, and keeps what it read only if nothing dropped the mark meanwhile: a change announced while a
 * read runs may have been made after the read saw the row, so that read is answered but not kept. Changes of other ids
 * do not stop a read being kept. Nothing is kept while this replica is not sure it hears of every change
 * ({@code listening} false when the read ends).
 */
public final class KeptReads<K, V> {

    /** Holds an id's place while it is read; compared by identity, so that each read replaces only its own mark. */
    private static final class Reading {
    }

    private final BooleanSupplier listening;
    // a V or a Reading; weight + expire-after-write: its Caffeine class is registered for the native image (reflect-config.json)
    private final Cache<K, Object> kept;

    /** Keeps values up to a total {@code weight} of {@code maxWeight}; a mark weighs 1. */
    public KeptReads(long maxWeight, ToIntFunction<V> weight, BooleanSupplier listening) {
        this.listening = listening;
        this.kept = Caffeine.newBuilder().maximumWeight(maxWeight)
                .<K, Object>weigher((key, value) -> value instanceof Reading ? 1 : weight.applyAsInt(cast(value)))
                .expireAfterWrite(Duration.ofHours(1)).build();
    }

    /** The value of this id: kept, or read with {@code read} (null: there is none) and kept. */
    public V get(K id, Function<K, V> read) {
        V known = known(id);
        if (known != null) {
            return known;
        }
        Reading mark = mark(id);
        V loaded = read.apply(id);
        keep(id, mark, loaded);
        return loaded;
    }

    /**
     * The values of these ids that exist: kept ones from memory, the others read together with {@code read} (given the
     * ids it must read, it answers those it found) and kept.
     */
    public Map<K, V> getAll(Collection<K> ids, Function<List<K>, Map<K, V>> read) {
        Map<K, V> found = new HashMap<>();
        Map<K, Reading> marks = new LinkedHashMap<>();
        for (K id : ids) {
            V known = known(id);
            if (known != null) {
                found.put(id, known);
            } else if (!marks.containsKey(id)) {
                marks.put(id, mark(id));
            }
        }
        if (!marks.isEmpty()) {
            Map<K, V> loaded = read.apply(List.copyOf(marks.keySet()));
            marks.forEach((id, mark) -> {
                V value = loaded.get(id);
                if (value != null) {
                    found.put(id, value);
                }
                keep(id, mark, value);
            });
        }
        return found;
    }

    public void drop(K id) {
        kept.invalidate(id);
    }

    public void dropAll() {
        kept.invalidateAll();
    }

    /** Drops the kept values that match, and every read under way: it may have read what changed. */
    public void dropIf(Predicate<V> test) {
        kept.asMap().values().removeIf(value -> value instanceof Reading || test.test(cast(value)));
    }

    /** How many ids are kept or being read now (tests). */
    public long size() {
        kept.cleanUp();
        return kept.estimatedSize();
    }

    /** The total weight of what is kept now (tests). */
    public long weight() {
        kept.cleanUp();
        return kept.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    private V known(K id) {
        Object known = kept.getIfPresent(id);
        return known instanceof Reading ? null : cast(known);
    }

    @SuppressWarnings("unchecked")
    private V cast(Object value) {
        return (V) value;
    }

    private Reading mark(K id) {
        Reading mark = new Reading();
        kept.put(id, mark);
        return mark;
    }

    private void keep(K id, Reading mark, V loaded) {
        if (loaded == null || !listening.getAsBoolean() || !kept.asMap().replace(id, mark, loaded)) {
            kept.asMap().remove(id, mark);
        }
    }
}
