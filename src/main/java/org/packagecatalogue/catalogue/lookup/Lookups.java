package org.packagecatalogue.catalogue.lookup;

import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.packages.Page;
import org.packagecatalogue.catalogue.packages.PageRequest;

/**
 * The lookup tables, read-only and tenant-neutral. Only migrations change them, so each is read once per
 * process and then served from memory.
 */
@ApplicationScoped
public class Lookups {

    @Inject
    LookupRepository lookups;

    @CacheResult(cacheName = "lookups")
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LookupEntry> all(LookupKind kind) {
        return lookups.all(kind).stream().map(LookupEntry::of).toList();
    }

    /** Forgets the kept table: the next {@link #all} reads it again (a migration added a row since it was read). */
    @CacheInvalidate(cacheName = "lookups")
    public void forget(LookupKind kind) {
    }

    public LookupEntry one(LookupKind kind, long id) {
        return all(kind).stream().filter(entry -> entry.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException(kind.objectType(), id));
    }

    /** A page of the table, by id; a page past the end is empty. */
    public Page<LookupEntry> page(LookupKind kind, PageRequest request) {
        List<LookupEntry> all = all(kind);
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.pageSize(), all.size());
        return new Page<>(all.subList(from, to), request.excludeTotalCount() ? null : (long) all.size());
    }
}
