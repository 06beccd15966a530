package org.packagecatalogue.catalogue.packages;

/** A page of a list: 1-based page number, page size, and whether to skip the count query. */
public record PageRequest(int pageNumber, int pageSize, boolean excludeTotalCount) {

    public static final int MAX_PAGE_SIZE = 1000;

    public long offset() {
        return (long) (pageNumber - 1) * pageSize;
    }
}
