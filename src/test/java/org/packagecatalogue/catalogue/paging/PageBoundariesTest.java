package org.packagecatalogue.catalogue.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.changes.CommittedChanges;
import org.packagecatalogue.catalogue.packages.PageRequest;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * What the remembered pages and page ends may hold in all, without a database: a list is a range of ids, read by a
 * function that counts its reads. The bounds are what keeps a client that asks for many large pages, or crawls many
 * distinct searches deep, from filling the heap.
 */
class PageBoundariesTest {

    private static final Tenant TENANT = new Tenant(1, "/1/");
    private static final CommittedChanges LISTENING = new CommittedChanges() {
        @Override
        public boolean listening() {
            return true;
        }

        @Override
        public boolean rememberedAnswersHold() {
            return true;
        }
    };

    private final AtomicInteger reads = new AtomicInteger();
    /** The last read's start: after which id, skipping how many. */
    private String lastStart;

    /** Page {@code number} of {@code size} ids of a list of 100,000, sought by id. */
    private List<Long> page(PageBoundaries boundaries, String query, int number, int size) {
        return boundaries.page("package", query, TENANT, new PageRequest(number, size, true), size,
                (Long after, long skip, int limit) -> {
                    reads.incrementAndGet();
                    lastStart = "after " + after + ", skip " + skip;
                    long first = (after == null ? 0 : after) + skip + 1;
                    return LongStream.range(first, Math.min(first + limit, 100_001)).boxed().toList();
                }, id -> id);
    }

    private List<Long> remembered(PageBoundaries boundaries, int number, int size) {
        return boundaries.remembered("package", TENANT, new PageRequest(number, size, false), () -> {
            reads.incrementAndGet();
            return LongStream.rangeClosed((long) (number - 1) * size + 1, (long) number * size).boxed().toList();
        });
    }

    @Test
    void pagesAreRememberedUpToTheirRowsInAllWhateverTheirSize() {
        PageBoundaries boundaries = new PageBoundaries(true, 1000, 10_000, LISTENING);
        // ten pages of 100 fit: each is read once, then answered from memory
        for (int number = 1; number <= 10; number++) {
            assertEquals(List.of((number - 1) * 100L + 1, number * 100L),
                    List.of(remembered(boundaries, number, 100).get(0), remembered(boundaries, number, 100).get(99)));
        }
        assertEquals(10, reads.get());
        assertEquals(1000, boundaries.held()[1]);

        // ten more do not: what is held stays within the bound, and at least ten of the twenty are read again
        for (int number = 11; number <= 20; number++) {
            remembered(boundaries, number, 100);
        }
        long rows = boundaries.held()[1];
        assertTrue(rows > 0 && rows <= 1000, "rows of pages held in all: " + rows);
        reads.set(0);
        for (int number = 1; number <= 20; number++) {
            remembered(boundaries, number, 100);
        }
        assertTrue(reads.get() >= 10, "at most ten pages of 100 were still remembered: " + reads.get() + " read again");
    }

    @Test
    void endsAreRememberedUpToTheBoundOverEverySearch() {
        PageBoundaries boundaries = new PageBoundaries(true, 1000, 500, LISTENING);
        // 20 distinct searches, each crawled 100 pages deep: 2,000 ends without the bound
        for (int search = 0; search < 20; search++) {
            for (int number = 1; number <= 100; number++) {
                assertEquals((number - 1) * 10L + 1, page(boundaries, "search " + search, number, 10).get(0));
            }
        }
        long ends = boundaries.held()[0];
        assertTrue(ends > 0 && ends <= 500, "ends held in all: " + ends);
    }

    @Test
    void oneListKeepsItsLatestEndsWithinItsOwnBound() {
        PageBoundaries boundaries = new PageBoundaries(true, 1000, 100_000, LISTENING);
        int last = PageBoundaries.ENDS_PER_LIST + 50;
        for (int number = 1; number <= last; number++) {
            page(boundaries, "", number, 10);
        }
        assertEquals(PageBoundaries.ENDS_PER_LIST, boundaries.held()[0]);
        // the latest are kept: the last page again is sought past the end of the page before it
        assertEquals(List.of((last - 1) * 10L + 1, last * 10L), List.of(page(boundaries, "", last, 10).get(0), page(boundaries, "", last, 10).get(9)));
        assertEquals("after " + (last - 1) * 10 + ", skip 0", lastStart);
        // the earliest are not: page 30 is read from the first row again (with the row before it, whose end it keeps)
        assertEquals(291L, page(boundaries, "", 30, 10).get(0));
        assertEquals("after null, skip 289", lastStart);
    }
}
