package org.packagecatalogue.billing;

import static org.junit.jupiter.api.Assertions.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Contents;

/**
 * The Detail reads cost a fixed number of SQL statements, whatever the page size and however many
 * children each package has: no N+1. Counted with Hibernate's statistics, in the same JVM; the package
 * rows read by plain JDBC ({@code PackageSummaries}) count themselves into them.
 */
@QuarkusTest
class StatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    jakarta.enterprise.event.Event<org.packagecatalogue.catalogue.changes.ChangesAnnounced> announced;

    @Test
    void pagedDetailCostsTheSameFor1And50PackagesPerPage() {
        String token = newDistributor().token();
        for (int i = 0; i < 50; i++) {
            Contents.fullPackage(token, "Counted " + i, "CNT" + i);
        }
        Runnable fifty = () -> as(token).queryParam("pageSize", 50).get(PACKAGE + "/Paged/Detail")
                .then().statusCode(200)
                .body("pagedResults.items", org.hamcrest.Matchers.hasSize(50))
                .body("pagedResults.items[49].details.services[1].details.usageBuckets[0].details.tiers",
                        org.hamcrest.Matchers.hasSize(3));
        long onePerPage = coldStatementsFor(() -> as(token).queryParam("pageSize", 1).get(PACKAGE + "/Paged/Detail")
                .then().statusCode(200));
        long fiftyPerPage = coldStatementsFor(fifty);
        assertEquals(onePerPage, fiftyPerPage, "statements for 1 and for 50 packages per page");
        assertTrue(fiftyPerPage <= 6, "Paged/Detail takes at most 6 statements, took " + fiftyPerPage);

        long withoutCount = coldStatementsFor(() -> as(token).queryParam("pageSize", 50).queryParam("excludeTotalCount", true)
                .get(PACKAGE + "/Paged/Detail").then().statusCode(200));
        assertEquals(fiftyPerPage - 1, withoutCount, "excludeTotalCount skips the count query");
        assertEquals(0, statementsFor(fifty), "a page answered before: its rows, its total and its packages' contents are remembered");
    }

    /**
     * {@link #statementsFor}, each time as if a change had just been announced, so that the replica remembers no page
     * and no package: what a page costs the first time it is asked for.
     */
    private long coldStatementsFor(Runnable request) {
        return statementsFor(() -> {
            announced.fire(org.packagecatalogue.catalogue.changes.ChangesAnnounced.EVERYTHING);
            request.run();
        });
    }

    @Test
    void detailCostsAFixedNumberOfStatements() {
        String token = newDistributor().token();
        long id = Contents.fullPackage(token, "Single", "SGL")
                .getLong("results.items.find { it.dtoTypeKey == 'packageService' }.instance.packageId");
        long bare = createPackage(token, "Single bare");
        Runnable detail = () -> as(token).get(PACKAGE + "/" + id + "/Detail").then().statusCode(200);
        long full = coldStatementsFor(detail);
        long empty = coldStatementsFor(() -> as(token).get(PACKAGE + "/" + bare + "/Detail").then().statusCode(200));
        assertEquals(5, full, "the package, its services, buckets with tiers, frequencies, currencies");
        assertTrue(empty <= full);
        assertEquals(0, statementsFor(detail), "then its contents are kept (PackageCacheTest)");
    }

    @Test
    void aReadByIdIsOneStatementThenNoneWhileThePackageIsKept() {
        String token = newDistributor().token();
        long id = createPackage(token, "Read once");
        java.util.function.LongSupplier once = () -> {
            Statistics statistics = sessionFactory.getStatistics();
            statistics.clear();
            as(token).get(PACKAGE + "/" + id).then().statusCode(200).body("instance.name", org.hamcrest.Matchers.equalTo("Read once"));
            return statistics.getPrepareStatementCount();
        };
        assertTrue(once.getAsLong() >= 1, "the first read loads it");
        assertEquals(0, statementsFor(() -> as(token).get(PACKAGE + "/" + id).then().statusCode(200)
                .body("instance.name", org.hamcrest.Matchers.equalTo("Read once"))), "then it is kept");
    }

    @Test
    void writesTakeOneLockingReadAndTheirUpdates() {
        String token = newDistributor().token();
        long id = createPackage(token, "Written");
        int[] n = {0};
        assertEquals(3, statementsFor(() -> as(token).body(java.util.Map.of("name", "Written " + ++n[0])).put(PACKAGE + "/" + id)
                .then().statusCode(200)), "the locking read, the update and its change-log entry");
        assertEquals(1, statementsFor(() -> as(token).body(java.util.Map.of("name", "Unchanged")).put(PACKAGE + "/" + id)
                .then().statusCode(200)), "a PUT that changes nothing (the second of the two): the locking read alone");

        String mpaas = org.packagecatalogue.support.Mpaas.token(newDistributor(), null);
        String pid = org.packagecatalogue.support.Mpaas.createPackage(mpaas, "Sold", 5, true);
        long update = statementsFor(() -> as(mpaas).body(java.util.Map.of("PackageId", pid, "PackageName", "Sold " + ++n[0], "Price", 5 + n[0]))
                .post(org.packagecatalogue.support.Mpaas.PACKAGES + "/update").then().statusCode(200));
        assertTrue(update <= 5, "packages/update takes at most 5 statements with its change-log entry (it took 8 to 10 before the one"
                + " writer), took " + update);
    }

    /**
     * The statements one request takes. The statistics are the whole JVM's, so anything else running meanwhile
     * (a scheduled job, the tail of an earlier test) can only add to a count: the least of three is the request's.
     */
    private long statementsFor(Runnable request) {
        request.run(); // warm: the caller's tenant is cached after the first request
        Statistics statistics = sessionFactory.getStatistics();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            statistics.clear();
            request.run();
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }
}
