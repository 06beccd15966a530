package org.packagecatalogue.catalogue.paging;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.packagecatalogue.catalogue.changes.ChangesAnnounced;
import org.packagecatalogue.catalogue.changes.ChangesRecorded;
import org.packagecatalogue.catalogue.changes.CommittedChanges;
import org.packagecatalogue.catalogue.packages.PageRequest;
import org.packagecatalogue.catalogue.tenancy.Tenant;
import org.packagecatalogue.config.CatalogueConfig;

/**
 * Where the pages of a list in id order end, remembered in this replica, so that page N is read by seeking past the
 * end of the nearest page before it that was read, instead of skipping every row before it: a sequential crawl's
 * page N costs what page 1 costs, and keeps the page-number semantics of an offset. The pages most recently answered
 * are remembered whole too ({@link #remembered}), with their totals: page 1 of a catalogue is asked far more often
 * than its rows change. A search's pages are sought the same way, past the last row's order key (its sort values, then
 * its id), per search and order.
 * <p>
 * A page's end and its rows stay true while no row of the list changes: any change the change log records or
 * announces under a root of the list's type forgets every end and page of that type, and while this replica cannot
 * be sure it hears of every change ({@link CommittedChanges#listening()} false) nothing is remembered or used.
 */
@ApplicationScoped
public class PageBoundaries {

    /**
     * Where to read a page from: after the row with id {@code afterId} (0: from the first), skipping {@code skip} rows,
     * at most {@code limit} rows.
     */
    public record Start(long afterId, long skip, int limit) {
    }

    /** One list: its root type (package, service), its query (a search's; empty for the list in id order), the caller's subtree and the page size. */
    private record Key(String rootType, String query, String subtree, int pageSize) {
    }

    /** One page as answered: of which list, which page, and whether with its total. */
    private record PageKey(String rootType, String subtree, int pageSize, int pageNumber, boolean withTotal) {
    }

    /** Ends kept per list: a crawl needs the last one, a return to an earlier page one of the others. */
    static final int ENDS_PER_LIST = 1024;

    private final CommittedChanges changes;
    private final boolean enabled;
    /** Each list weighs one plus its ends, so that many lists crawled deep cannot hold more ends than the bound. */
    private final Cache<Key, ConcurrentSkipListMap<Integer, Object>> ends;
    /** Each page weighs its page size, the most rows it can hold. */
    private final Cache<PageKey, Object> pages;
    /** Moves on every change of a type: a page read while it moved may end where the list no longer does. */
    private final Map<String, AtomicLong> epochs = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    PageBoundaries(CatalogueConfig config, CommittedChanges changes) {
        this(config.cache().enabled(), config.cache().maxPageRows(), config.cache().maxPageEnds(), changes);
    }

    PageBoundaries(boolean enabled, long maxPageRows, long maxPageEnds, CommittedChanges changes) {
        this.enabled = enabled;
        this.changes = changes;
        // weight + expire-after-write: its Caffeine class is registered for the native image (reflect-config.json)
        this.ends = Caffeine.newBuilder().maximumWeight(maxPageEnds)
                .<Key, ConcurrentSkipListMap<Integer, Object>>weigher((list, known) -> 1 + known.size())
                .expireAfterWrite(Duration.ofHours(1)).build();
        this.pages = Caffeine.newBuilder().maximumWeight(maxPageRows)
                .<PageKey, Object>weigher((page, answer) -> page.pageSize())
                .expireAfterWrite(Duration.ofHours(1)).build();
    }

    /**
     * Page {@code page} of this list as {@code read} answers it (its rows and, unless excluded, its total), from memory
     * when this replica answered it since the list last changed.
     */
    @SuppressWarnings("unchecked")
    public <P> P remembered(String rootType, Tenant tenant, PageRequest page, java.util.function.Supplier<P> read) {
        if (!usable()) {
            return read.get();
        }
        PageKey key = new PageKey(rootType, tenant.subtreePattern(), page.pageSize(), page.pageNumber(), !page.excludeTotalCount());
        Object known = pages.getIfPresent(key);
        if (known != null) {
            return (P) known;
        }
        long ticket = epoch(rootType).get();
        P answer = read.get();
        if (usable() && epoch(rootType).get() == ticket) {
            pages.put(key, answer);
            // a change that moved the epoch between the check and the put forgot everything before the put: forget it too
            if (epoch(rootType).get() != ticket) {
                pages.invalidate(key);
            }
        }
        return answer;
    }

    /** Reads the page from where it starts. */
    @FunctionalInterface
    public interface PageReader<T> {
        List<T> read(Start start);
    }

    /**
     * Reads rows of a list in its order: after the row whose order key is {@code after} (null: from the first row),
     * skipping {@code skip} rows, at most {@code limit}.
     */
    @FunctionalInterface
    public interface KeyedReader<T, K> {
        List<T> read(K after, long skip, int limit);
    }

    /**
     * Page {@code page} of this list, read by {@code reader} from where it starts, its end remembered for the next:
     * {@code id} gives a row's id, by which the list is ordered.
     */
    public <T> List<T> page(String rootType, Tenant tenant, PageRequest page, PageReader<T> reader, ToLongFunction<T> id) {
        return page(rootType, "", tenant, page, page.pageSize(),
                (Long after, long skip, int limit) -> reader.read(new Start(after == null ? 0 : after, skip, limit)),
                row -> id.applyAsLong(row));
    }

    /**
     * Page {@code page} of a list in any order (a search: {@code query} names its criteria and order), at most
     * {@code limit} rows, read by {@code reader} from where it starts. {@code key} gives a row's order key (its sort
     * values, then its id), which a seek starts after; each page's end is remembered for the next.
     */
    public <T, K> List<T> page(String rootType, String query, Tenant tenant, PageRequest page, int limit,
                               KeyedReader<T, K> reader, Function<T, K> key) {
        Key list = new Key(rootType, query, tenant.subtreePattern(), page.pageSize());
        long ticket = epoch(rootType).get();
        Begin<K> begin = begin(list, page);
        if (begin.skip() == 0 || !usable()) {
            List<T> rows = reader.read(begin.after(), begin.skip(), limit);
            if (!rows.isEmpty()) {
                ended(list, page.pageNumber(), ticket, key.apply(rows.get(rows.size() - 1)));
            }
            return List.copyOf(rows);
        }
        // a page that must skip rows also reads the last row of the page before it, whose end it remembers: asked again,
        // as a client that jumps to a deep page and reloads it does, the page is read by seeking
        List<T> rows = reader.read(begin.after(), begin.skip() - 1, limit + 1);
        if (rows.isEmpty()) {
            return rows;
        }
        ended(list, page.pageNumber() - 1, ticket, key.apply(rows.get(0)));
        List<T> own = rows.subList(1, rows.size());
        if (!own.isEmpty()) {
            ended(list, page.pageNumber(), ticket, key.apply(own.get(own.size() - 1)));
        }
        return List.copyOf(own);
    }

    /** Where a page starts: after the row with the order key {@code after} (null: the first), skipping {@code skip}. */
    private record Begin<K>(K after, long skip) {
    }

    /** Where page {@code page} of this list starts: after the nearest end remembered before it, or from the first row. */
    @SuppressWarnings("unchecked")
    private <K> Begin<K> begin(Key list, PageRequest page) {
        if (usable()) {
            ConcurrentSkipListMap<Integer, Object> known = ends.getIfPresent(list);
            Map.Entry<Integer, Object> before = known == null ? null : known.floorEntry(page.pageNumber() - 1);
            if (before != null) {
                return new Begin<>((K) before.getValue(), (long) (page.pageNumber() - 1 - before.getKey()) * page.pageSize());
            }
        }
        return new Begin<>(null, page.offset());
    }

    /** Remembers that page {@code pageNumber} of this list, read with {@code ticket}, ends with the row of order key {@code last}. */
    private void ended(Key list, int pageNumber, long ticket, Object last) {
        if (!usable()) {
            return;
        }
        ConcurrentSkipListMap<Integer, Object> known = ends.get(list, k -> new ConcurrentSkipListMap<>());
        if (epoch(list.rootType()).get() != ticket) {
            return;
        }
        known.put(pageNumber, last);
        // a change that moved the epoch between the check and the put forgot everything before the put: forget it too
        if (epoch(list.rootType()).get() != ticket) {
            known.remove(pageNumber);
        }
        while (known.size() > ENDS_PER_LIST) {
            known.pollFirstEntry();
        }
        // weighed again with its new end (unless a change forgot the list meanwhile)
        ends.asMap().replace(list, known, known);
    }

    /** The ends remembered in all, and the rows of the pages remembered (tests). */
    long[] held() {
        ends.cleanUp();
        pages.cleanUp();
        return new long[] {ends.asMap().values().stream().mapToLong(Map::size).sum(),
                pages.policy().eviction().orElseThrow().weightedSize().orElseThrow()};
    }

    private boolean usable() {
        return enabled && changes.rememberedAnswersHold();
    }

    private AtomicLong epoch(String rootType) {
        return epochs.computeIfAbsent(rootType, t -> new AtomicLong());
    }

    private void forget(String rootType) {
        epoch(rootType).incrementAndGet();
        ends.asMap().keySet().removeIf(key -> key.rootType().equals(rootType));
        pages.asMap().keySet().removeIf(key -> key.rootType().equals(rootType));
    }

    private void forgetAll() {
        epochs.values().forEach(AtomicLong::incrementAndGet);
        ends.invalidateAll();
        pages.invalidateAll();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangesRecorded recorded) {
        recorded.entries().stream().map(entry -> entry.change().root().type()).distinct().forEach(this::forget);
    }

    void announced(@Observes ChangesAnnounced announced) {
        if (announced.everything()) {
            forgetAll();
            return;
        }
        announced.roots().stream().map(root -> root.contains(":") ? root.substring(0, root.indexOf(':')) : root)
                .distinct().forEach(this::forget);
    }
}
