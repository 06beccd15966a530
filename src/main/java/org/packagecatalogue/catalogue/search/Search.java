package org.packagecatalogue.catalogue.search;

import java.util.List;
import org.packagecatalogue.catalogue.packages.PageRequest;

/**
 * A search over the caller's packages or services: criteria joined by and/or ({@code and} binds tighter, as
 * in SQL), an order (identity breaks ties, so pages are stable), at most {@code top} results, paged.
 */
public record Search(List<Criterion> criteria, List<Order> orderBy, int top, PageRequest page) {

    public static final int MAX_TOP = 10_000;
    public static final int DEFAULT_TOP = 100;

    public enum Operator { EQ, NOT_EQ, LT, LT_EQ, GT, GT_EQ, CONTAINS }

    public enum Condition { AND, OR }

    /** {@code condition} joins this criterion to the one before it (ignored on the first). */
    public record Criterion(SearchField field, Operator operator, Object value, Condition condition) {
    }

    public record Order(SearchField field, boolean descending) {
    }
}
