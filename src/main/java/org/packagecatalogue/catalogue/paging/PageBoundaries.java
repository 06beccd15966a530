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
 * than its rows change.
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

    /** One list: its root type (package, service), the caller's subtree and the page size. */
    private record Key(String rootType, String subtree, int pageSize) {
    }

    /** One page as answered: of which list, which page, and whether with its total. */
    private record PageKey(String rootType, String subtree, int pageSize, int pageNumber, boolean withTotal) {
    }

    /** Ends kept per list: a crawl needs the last one, a return to an earlier page one of the others. */
    static final int ENDS_PER_LIST = 1024;

    @Inject
    CommittedChanges changes;

    private final boolean enabled;
    private final Cache<Key, ConcurrentSkipListMap<Integer, Long>> ends;
    private final Cache<PageKey, Object> pages;
    /** Moves on every change of a type: a page read while it moved may end where the list no longer does. */
    private final Map<String, AtomicLong> epochs = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    PageBoundaries(CatalogueConfig config) {
        this.enabled = config.cache().enabled();
        this.ends = Caffeine.newBuilder().maximumSize(config.cache().maxEntries()).expireAfterWrite(Duration.ofHours(1)).build();
        this.pages = Caffeine.newBuilder().maximumSize(config.cache().maxPages()).expireAfterWrite(Duration.ofHours(1)).build();
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
     * Page {@code page} of this list, read by {@code reader} from where it starts, its end remembered for the next:
     * {@code id} gives a row's id, by which the list is ordered.
     */
    public <T> List<T> page(String rootType, Tenant tenant, PageRequest page, PageReader<T> reader, ToLongFunction<T> id) {
        long ticket = epoch(rootType).get();
        Start start = start(rootType, tenant, page);
        if (start.skip() == 0 || !usable()) {
            List<T> rows = reader.read(start);
            if (!rows.isEmpty()) {
                ended(rootType, tenant, page.pageNumber(), page.pageSize(), ticket, id.applyAsLong(rows.get(rows.size() - 1)));
            }
            return List.copyOf(rows);
        }
        // a page that must skip rows also reads the last row of the page before it, whose end it remembers: asked again,
        // as a client that jumps to a deep page and reloads it does, the page is read by seeking
        List<T> rows = reader.read(new Start(start.afterId(), start.skip() - 1, start.limit() + 1));
        if (rows.isEmpty()) {
            return rows;
        }
        ended(rootType, tenant, page.pageNumber() - 1, page.pageSize(), ticket, id.applyAsLong(rows.get(0)));
        List<T> own = rows.subList(1, rows.size());
        if (!own.isEmpty()) {
            ended(rootType, tenant, page.pageNumber(), page.pageSize(), ticket, id.applyAsLong(own.get(own.size() - 1)));
        }
        return List.copyOf(own);
    }

    /** Where page {@code page} of this list starts: after the nearest end remembered before it, or from the first row. */
    Start start(String rootType, Tenant tenant, PageRequest page) {
        if (usable()) {
            ConcurrentSkipListMap<Integer, Long> known = ends.getIfPresent(new Key(rootType, tenant.subtreePattern(), page.pageSize()));
            Map.Entry<Integer, Long> before = known == null ? null : known.floorEntry(page.pageNumber() - 1);
            if (before != null) {
                return new Start(before.getValue(), (long) (page.pageNumber() - 1 - before.getKey()) * page.pageSize(), page.pageSize());
            }
        }
        return new Start(0, page.offset(), page.pageSize());
    }

    /** Remembers that page {@code pageNumber} of this list, read with {@code ticket}, ends with the row {@code lastId}. */
    private void ended(String rootType, Tenant tenant, int pageNumber, int pageSize, long ticket, long lastId) {
        if (!usable()) {
            return;
        }
        ConcurrentSkipListMap<Integer, Long> known = ends.get(new Key(rootType, tenant.subtreePattern(), pageSize),
                k -> new ConcurrentSkipListMap<>());
        if (epoch(rootType).get() != ticket) {
            return;
        }
        known.put(pageNumber, lastId);
        // a change that moved the epoch between the check and the put forgot everything before the put: forget it too
        if (epoch(rootType).get() != ticket) {
            known.remove(pageNumber);
        }
        while (known.size() > ENDS_PER_LIST) {
            known.pollFirstEntry();
        }
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
