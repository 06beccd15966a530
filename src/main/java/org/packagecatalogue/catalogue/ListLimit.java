package org.packagecatalogue.catalogue;

import org.packagecatalogue.config.CatalogueConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds unpaged lists. Each answers at most catalogue.list.max-items items; a list that reaches it
 * still tells the true total, so a client can see there is more and page through it instead.
 * <p>
 * An unpaged list holds up to that many rows, entities and their JSON in memory at once, so only
 * catalogue.list.max-concurrent of them are read at a time; the others wait their turn, in order, for
 * at most catalogue.list.max-wait and are then answered 503. Without this bound, a burst of lists
 * exhausted the heap and the connection pool and every other request failed with them
 * (bench/ANALYSIS.md).
 */
@ApplicationScoped
public class ListLimit {

    @Inject
    CatalogueConfig config;


    private Semaphore turns;

    @PostConstruct
    void init() {
        turns = new Semaphore(config.list().maxConcurrent(), true);
    }

    public int maxItems() {
        return config.list().maxItems();
    }

    /** Runs one unpaged list read once it has its turn. */
    public <T> T read(Supplier<T> list) {
        boolean granted;
        try {
            granted = turns.tryAcquire(config.list().maxWait().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            granted = false;
        }
        if (!granted) {
            throw new BusyException("too many lists are being read at once; retry after a short delay, or use a paged list");
        }
        try {
            return list.get();
        } finally {
            turns.release();
        }
    }
}
