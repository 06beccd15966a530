package org.packagecatalogue.catalogue.search;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.packagecatalogue.catalogue.packages.Page;
import org.packagecatalogue.catalogue.paging.PageBoundaries;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/** The paging every search shares: at most {@code top} results in all, one page of them, the total unless excluded. */
public final class Searches {

    /**
     * Reads the order keys of results ({@link SearchQuery#keySelect}, each row as a list, nulls kept), skipping
     * {@code skip}, at most {@code limit}: the query it is given may start after a row ({@link SearchQuery#after}).
     */
    public interface KeyReader {
        List<List<Object>> read(SearchQuery query, long skip, int limit);
    }

    private Searches() {
    }

    /**
     * Page {@code search.page()} of the results, and their total unless excluded. The page's rows are found by their
     * order keys, read by seeking past the end of the page before it when this replica read that one
     * ({@link PageBoundaries}), so a sequential crawl's page N costs what page 1 costs; then {@code load} reads them by id.
     */
    public static <T> Page<T> page(Search search, SearchQuery query, PageBoundaries boundaries, String rootType, Tenant tenant,
                                   LongSupplier count, KeyReader keys, Function<List<Long>, List<T>> load) {
        long offset = search.page().offset();
        Long total = search.page().excludeTotalCount() ? null : Math.min(count.getAsLong(), search.top());
        if (offset >= search.top()) {
            return new Page<>(List.of(), total);
        }
        int limit = (int) Math.min(search.page().pageSize(), search.top() - offset);
        // a page that top cut short ends where a longer one would not: its end belongs to this top only
        String results = query.identityOfResults() + " top " + search.top();
        List<List<Object>> rows = boundaries.page(rootType, results, tenant, search.page(), limit,
                (List<Object> after, long skip, int most) -> keys.read(after == null ? query : query.after(after), skip, most),
                row -> row);
        List<Long> ids = rows.stream().map(row -> ((Number) row.get(row.size() - 1)).longValue()).toList();
        return new Page<>(ids.isEmpty() ? List.of() : load.apply(ids), total);
    }

    /** The rows of a key query ({@link KeyReader}) as lists: one value per order path, then the id. */
    public static List<List<Object>> keys(Query query, long skip, int limit) {
        List<?> rows = query.setFirstResult((int) skip).setMaxResults(limit).getResultList();
        List<List<Object>> keys = new ArrayList<>(rows.size());
        for (Object row : rows) {
            keys.add(row instanceof Object[] values ? Collections.unmodifiableList(Arrays.asList(values)) : Collections.singletonList(row));
        }
        return keys;
    }

    /** Rows read by their ids, put back in the order of those ids: the search's order, which a read by id loses. */
    public static <T> List<T> inOrderOf(List<Long> ids, List<T> rows, Function<T, Long> idOf) {
        Map<Long, T> byId = rows.stream().collect(Collectors.toMap(idOf, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }
}
