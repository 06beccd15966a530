package org.packagecatalogue.catalogue.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.packagecatalogue.catalogue.packages.Page;

/** The paging every search shares: at most {@code top} results in all, one page of them, the total unless excluded. */
public final class Searches {

    /** One page of the results, read by {@code (offset, limit)}. */
    public interface Reader<T> {
        List<T> read(long offset, int limit);
    }

    private Searches() {
    }

    public static <T> Page<T> page(Search search, LongSupplier count, Reader<T> reader) {
        long offset = search.page().offset();
        Long total = search.page().excludeTotalCount() ? null : Math.min(count.getAsLong(), search.top());
        if (offset >= search.top()) {
            return new Page<>(List.of(), total);
        }
        int limit = (int) Math.min(search.page().pageSize(), search.top() - offset);
        return new Page<>(reader.read(offset, limit), total);
    }

    /** Rows read by their ids, put back in the order of those ids: the search's order, which a read by id loses. */
    public static <T> List<T> inOrderOf(List<Long> ids, List<T> rows, Function<T, Long> idOf) {
        Map<Long, T> byId = rows.stream().collect(Collectors.toMap(idOf, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }
}
