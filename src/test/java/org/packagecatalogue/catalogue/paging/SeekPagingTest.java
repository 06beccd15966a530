package org.packagecatalogue.catalogue.paging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packagecatalogue.support.Api.PACKAGE;
import static org.packagecatalogue.support.Api.as;
import static org.packagecatalogue.support.Api.newDistributor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.platform.ChangeFeed;
import org.packagecatalogue.support.Api;

/**
 * Pages read by seeking past the end of a page read before ({@link PageBoundaries}) are the pages an offset gives: in
 * a crawl, in a jump forward or back, per tenant and page size, and after a package is added or removed through
 * either replica. A change made in SQL behind the service's back announces nothing, so the page after it still starts
 * where the page before it was seen to end: that shows the seek is what reads it.
 * <p>
 * A search's pages are sought past the last row's sort values and id: the same pages as an offset gives whatever the
 * order (ascending or descending, on text, dates, flags and lookups, with equal values and missing ones, nulls last).
 */
@QuarkusTest
class SeekPagingTest {

    private static final String SERVICE = "/ResourceServer/api/v10/Service";

    @Inject
    AgroalDataSource database;

    @Inject
    ChangeFeed feed;

    @Inject
    org.packagecatalogue.catalogue.packages.HeardAnnouncements heard;

    @BeforeEach
    void listening() {
        org.packagecatalogue.support.Listening.awaitListening(feed);
    }

    private static List<Long> page(String token, String list, int number, int size) {
        return page(token, list, number, size, false);
    }

    /** A page; without its total, it is not the page with its total that this replica may remember whole. */
    private static List<Long> page(String token, String list, int number, int size, boolean excludeTotalCount) {
        return as(token).header("Pagination", "{\"pageNumber\":" + number + ",\"pageSize\":" + size
                        + ",\"excludeTotalCount\":" + excludeTotalCount + "}").get(list + "/Paged")
                .then().statusCode(200).extract().jsonPath().getList("pagedResults.items.identity", Long.class);
    }

    /**
     * Packages named {@code prefix} 0, 1, … created in this order, once this replica heard the last one's announcement:
     * announcements come in commit order, so none of theirs can then drop what the reads that follow keep.
     */
    private List<Long> createdAndHeard(String token, String prefix, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Api.createPackage(token, prefix + i));
        }
        heard.await("package:" + ids.get(count - 1));
        return ids;
    }

    /** The page an offset gives: rows {@code (number - 1) * size} on of the whole list. */
    private static List<Long> expected(List<Long> all, int number, int size) {
        int from = Math.min(all.size(), (number - 1) * size);
        return all.subList(from, Math.min(all.size(), from + size));
    }

    private static long createService(String token, String name) {
        return as(token).body(Map.of("name", name)).post(SERVICE + "/").then().statusCode(200)
                .extract().jsonPath().getLong("results.items[0].identity");
    }

    private void sql(String statement, long id) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.setLong(1, id);
            s.execute();
        }
    }

    @Test
    void aCrawlAJumpAndAReturnGiveTheOffsetsPages() {
        String token = newDistributor().token();
        String other = newDistributor().token();
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            all.add(Api.createPackage(token, "Crawled " + i));
            if (i < 7) {
                Api.createPackage(other, "Beside " + i); // another tenant's rows interleave the same ids
            }
        }
        for (int number = 1; number <= 6; number++) {
            assertEquals(expected(all, number, 5), page(token, PACKAGE, number, 5), "page " + number + " of 5");
        }
        assertEquals(expected(all, 2, 3), page(token, PACKAGE, 2, 3), "another page size starts afresh");
        assertEquals(expected(all, 7, 3), page(token, PACKAGE, 7, 3), "a jump forward");
        assertEquals(expected(all, 4, 3), page(token, PACKAGE, 4, 3), "a return");
        assertEquals(List.of(), page(token, PACKAGE, 9, 3), "beyond the last page");
        assertEquals(7, page(other, PACKAGE, 1, 10).size(), "the other tenant's own pages");
    }

    @Test
    void pagesStayTheOffsetsPagesAsPackagesComeAndGo() {
        String token = newDistributor().token();
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            all.add(Api.createPackage(token, "Coming and going " + i));
        }
        for (int number = 1; number <= 3; number++) {
            assertEquals(expected(all, number, 4), page(token, PACKAGE, number, 4));
        }
        long removed = all.remove(2);
        as(token).delete(PACKAGE + "/" + removed).then().statusCode(200);
        assertEquals(expected(all, 2, 4), page(token, PACKAGE, 2, 4), "page 2 after a delete on page 1");
        assertEquals(expected(all, 3, 4), page(token, PACKAGE, 3, 4), "page 3 after a delete on page 1");
        all.add(Api.createPackage(token, "Came last"));
        assertEquals(expected(all, 3, 4), page(token, PACKAGE, 3, 4), "the last page after a create");
    }

    @Test
    void aPageAfterAnUnannouncedDeleteStartsWhereThePageBeforeEnded() throws SQLException {
        String token = newDistributor().token();
        List<Long> all = createdAndHeard(token, "Behind ", 6);
        assertEquals(all.subList(0, 3), page(token, PACKAGE, 1, 3));
        sql("delete from package where id = ?", all.get(0));
        assertEquals(all.subList(3, 6), page(token, PACKAGE, 2, 3), "sought past the end of page 1 as it was read");
        sql("select pg_notify('catalogue_changes', 'package:' || ?)", all.get(0));
        await("the announcement made it forget where pages end").atMost(Duration.ofMillis(1000))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(() -> page(token, PACKAGE, 2, 3).equals(all.subList(4, 6)));
    }

    @Test
    void aDeepPageReadByOffsetIsSoughtWhenAskedAgain() throws SQLException {
        String token = newDistributor().token();
        List<Long> all = createdAndHeard(token, "Deep ", 10);
        assertEquals(expected(all, 3, 3), page(token, PACKAGE, 3, 3, true), "a first jump to page 3, by offset");
        sql("delete from package where id = ?", all.get(0));
        // had page 3 been read by offset again, the unannounced delete would have moved it one row on
        assertEquals(all.subList(6, 9), page(token, PACKAGE, 3, 3, true), "asked again: sought past the end of page 2");
        assertEquals(all.subList(9, 10), page(token, PACKAGE, 4, 3, true), "and page 4 past the end of page 3");
        assertEquals(List.of(), page(token, PACKAGE, 6, 3, true), "a jump beyond the end");
    }

    @Test
    void aPageIsAnsweredFromMemoryUntilItsListChanges() throws SQLException {
        String token = newDistributor().token();
        List<Long> all = createdAndHeard(token, "Remembered ", 5);
        assertEquals(all.subList(0, 3), page(token, PACKAGE, 1, 3));
        sql("delete from package where id = ?", all.get(0));
        assertEquals(all.subList(0, 3), page(token, PACKAGE, 1, 3), "no change announced: the page as it was answered");
        assertEquals(all.subList(1, 4), page(token, PACKAGE, 1, 3, true), "the same page without its total is read");
        sql("select pg_notify('catalogue_changes', 'package:' || ?)", all.get(0));
        await("the announcement made it forget the page").atMost(Duration.ofMillis(1000))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(() -> page(token, PACKAGE, 1, 3).equals(all.subList(1, 4)));
        long created = Api.createPackage(token, "Remembered after");
        assertEquals(5, as(token).header("Pagination", "{\"pageNumber\":2,\"pageSize\":3}").get(PACKAGE + "/Paged")
                .then().statusCode(200).extract().jsonPath().getInt("pagedResults.totalCount"), "a create here is seen at once");
        assertEquals(List.of(all.get(4), created), page(token, PACKAGE, 2, 3));
    }

    @Test
    void servicePagesAreSoughtTheSameWay() {
        String token = newDistributor().token();
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            all.add(createService(token, "Paged service " + i));
        }
        for (int number = 1; number <= 4; number++) {
            assertEquals(expected(all, number, 2), page(token, SERVICE, number, 2), "page " + number);
        }
        long removed = all.remove(1);
        as(token).delete(SERVICE + "/" + removed).then().statusCode(200);
        for (int number = 2; number <= 5; number++) {
            assertEquals(expected(all, number, 2), page(token, SERVICE, number, 2), "page " + number + " after a delete");
        }
    }

    private static List<Long> search(String token, List<Map<String, String>> orderBy, int number, int size, int top) {
        Map<String, Object> query = Map.of("top", top, "orderBy", orderBy,
                "pagination", Map.of("pageNumber", number, "pageSize", size, "excludeTotalCount", true));
        return as(token).body(Map.of("query", query)).post(PACKAGE + "/Search").then().statusCode(200)
                .extract().jsonPath().getList("pagedResults.items.identity", Long.class);
    }

    private static Map<String, String> by(String name, String direction) {
        return Map.of("name", name, "direction", direction);
    }

    @Test
    void aCrawlAJumpAndAReturnGiveTheOffsetsPagesInAnyOrder() {
        String token = newDistributor().token();
        Random random = new Random(31);
        String[] names = {"Alpha", "Beta", "Gamma", "Beta", "Delta"};
        for (int i = 0; i < 26; i++) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("name", names[random.nextInt(names.length)]);
            fields.put("packageCategoryId", 1 + random.nextInt(3));
            fields.put("fullPeriod", random.nextBoolean());
            if (random.nextInt(3) > 0) {
                fields.put("description", "d" + random.nextInt(4));
            }
            if (random.nextBoolean()) {
                fields.put("expiry", "2030-0" + (1 + random.nextInt(3)) + "-01T00:00:00Z");
            }
            as(token).body(fields).post(PACKAGE + "/").then().statusCode(200);
        }
        List<List<Map<String, String>>> orders = List.of(
                List.of(),
                List.of(by("name", "asc")),
                List.of(by("name", "desc")),
                List.of(by("description", "asc"), by("name", "desc")),
                List.of(by("expiry", "desc"), by("description", "desc")),
                List.of(by("fullPeriod", "desc"), by("packageCategoryName", "asc"), by("expiry", "asc")),
                List.of(by("created", "desc")));
        for (List<Map<String, String>> order : orders) {
            List<Long> all = search(token, order, 1, 100, 100);
            assertEquals(26, all.size());
            for (int number = 1; number <= 7; number++) {
                assertEquals(expected(all, number, 4), search(token, order, number, 4, 100), "page " + number + " of 4 by " + order);
            }
            assertEquals(expected(all, 6, 3), search(token, order, 6, 3, 100), "a jump forward by " + order);
            assertEquals(expected(all, 7, 3), search(token, order, 7, 3, 100), "the page after it by " + order);
            assertEquals(expected(all, 2, 3), search(token, order, 2, 3, 100), "a return by " + order);
            assertEquals(expected(all.subList(0, 10), 3, 4), search(token, order, 3, 4, 10), "a page that top cuts short by " + order);
            assertEquals(List.of(), search(token, order, 4, 4, 10), "beyond top by " + order);
        }
    }

    @Test
    void aSearchPageAfterAnUnannouncedInsertStartsWhereThePageBeforeEnded() throws SQLException {
        String token = newDistributor().token();
        List<Long> created = createdAndHeard(token, "Sought ", 6);
        Collections.reverse(created);
        List<Map<String, String>> byName = List.of(by("name", "desc"));
        assertEquals(created, search(token, byName, 1, 10, 100));
        assertEquals(created.subList(0, 3), search(token, byName, 1, 3, 100));
        // a package of the same owner, named to come first, added where no announcement tells the replica
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into package (owner_id, name, default_account_package_status_type_id, package_category_id)"
                        + " select owner_id, 'Sought 9', default_account_package_status_type_id, package_category_id"
                        + " from package where id = ?")) {
            s.setLong(1, created.get(0));
            s.execute();
        }
        // by offset, page 2 would have moved one row back
        assertEquals(created.subList(3, 6), search(token, byName, 2, 3, 100), "sought past the end of page 1 as it was read");
        assertEquals(7, search(token, byName, 1, 10, 100).size(), "a first page is read afresh: the new row is in it");
    }
}
