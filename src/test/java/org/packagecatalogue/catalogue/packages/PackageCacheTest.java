package org.packagecatalogue.catalogue.packages;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.platform.ChangeFeed;
import org.packagecatalogue.support.Api;

/**
 * The package cache on one replica, against its real PostgreSQL. A change made in SQL behind the service's back
 * announces nothing: the cache is seen to answer by still answering the old name, until an announcement (the NOTIFY
 * the change log's statement makes) or a lost listening connection drops it.
 */
@QuarkusTest
class PackageCacheTest {

    @Inject
    AgroalDataSource database;

    @Inject
    ChangeFeed feed;

    @Inject
    PackageCache cache;

    @Inject
    HeardAnnouncements heard;

    private void sql(String statement, Object... values) throws SQLException {
        org.packagecatalogue.support.Sql.run(database, statement, values);
    }

    private static String name(String token, long id) {
        return as(token).get(PACKAGE + "/" + id).then().statusCode(200).extract().path("instance.name");
    }


    /**
     * Creates a package and waits until this replica heard its create announced: a read that the announcement overtakes
     * is answered but not kept, which would leave the test's "kept" check to chance.
     */
    private long createHeard(String token, String name) {
        long id = Api.createPackage(token, name);
        heard.await("package:" + id);
        return id;
    }

    private void awaitListening() {
        org.packagecatalogue.support.Listening.awaitListening(feed);
    }

    @Test
    void aKeptPackageIsAnsweredUntilItsChangeIsAnnounced() throws Exception {
        awaitListening();
        String token = newDistributor().token();
        long id = createHeard(token, "Kept");
        assertEquals("Kept", name(token, id));
        sql("update package set name = 'Changed behind' where id = ?", id);
        assertEquals("Kept", name(token, id), "answered from the cache: nothing announced the change");
        sql("select pg_notify('catalogue_changes', 'service:1,package:' || ?)", id);
        await("the announcement dropped it").atMost(Duration.ofMillis(1000))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).until(() -> name(token, id).equals("Changed behind"));
    }

    /**
     * A read of a package that an announcement of that package overtakes is answered but not kept: it may hold what the
     * announced change replaced. An announcement of another package does not stop it being kept. The read is held
     * inside PostgreSQL (behind a lock on the table) while each announcement is heard.
     */
    @Test
    void aReadOvertakenByItsPackagesAnnouncementIsNotKeptByAnotherPackagesItIs() throws Exception {
        awaitListening();
        String token = newDistributor().token();
        long id = createHeard(token, "Read while announced");
        long other = createHeard(token, "Another");

        assertEquals("Read while announced", readHeldWhileAnnounced(token, id, "package:" + other));
        sql("update package set name = 'Changed behind' where id = ?", id);
        assertEquals("Read while announced", name(token, id), "kept: the announcement was of another package");

        announce("package:" + id);
        assertEquals("Changed behind", readHeldWhileAnnounced(token, id, "package:" + id));
        sql("update package set name = 'Changed behind again' where id = ?", id);
        assertEquals("Changed behind again", name(token, id), "not kept: its own package's announcement overtook the read");
    }

    /** The package's name, read while a lock holds its statement in PostgreSQL until {@code root}'s announcement is heard. */
    private String readHeldWhileAnnounced(String token, long id, String root) throws Exception {
        try (Connection lock = database.getConnection()) {
            org.packagecatalogue.support.Locks.hold(lock, "lock table package in access exclusive mode");
            var read = java.util.concurrent.CompletableFuture.supplyAsync(() -> name(token, id));
            org.packagecatalogue.support.Locks.awaitWaiters(database, 1);
            announce(root);
            lock.rollback();
            return read.get(5, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** Announces a change of this root as a write's transaction would, and waits until this replica heard it. */
    private void announce(String root) throws Exception {
        long before = heard.naming(root);
        sql("select pg_notify('catalogue_changes', ?)", root);
        await("heard " + root).atMost(Duration.ofMillis(2000)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> heard.naming(root) > before);
    }

    private static io.restassured.path.json.JsonPath detail(String token, long id) {
        return as(token).get(PACKAGE + "/" + id + "/Detail").then().statusCode(200).extract().jsonPath();
    }

    private static String frequencyName(String token, long id) {
        return detail(token, id).getString("instance.details.frequencies[0].name");
    }

    /**
     * A Detail's contents are kept like the package: until a change of the package, or of a service the Detail shows, is
     * announced. A change of a service it does not show leaves them kept.
     */
    @Test
    void aKeptDetailIsAnsweredUntilItsPackageOrAServiceItShowsIsAnnounced() throws Exception {
        awaitListening();
        String token = newDistributor().token();
        io.restassured.path.json.JsonPath patched = org.packagecatalogue.support.Contents.fullPackage(token, "Kept detail", "KD");
        long id = patched.getLong("results.items.find { it.dtoTypeKey == 'packageService' }.instance.packageId");
        long shown = patched.getLong("results.items.find { it.dtoTypeKey == 'packageService' }.instance.serviceId");
        long notShown = org.packagecatalogue.support.Contents.createService(token, "Not in the package");
        await("its patch heard").atMost(Duration.ofMillis(2000)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> heard.naming("package:" + id) > 0 && heard.naming("service:" + notShown) > 0);
        String etag = as(token).get(PACKAGE + "/" + id + "/Detail").then().statusCode(200).extract().header("ETag");
        assertEquals("Monthly", frequencyName(token, id));

        sql("update package_frequency set name = 'Changed behind' where package_id = ? and name = 'Monthly'", id);
        assertEquals("Monthly", frequencyName(token, id), "answered from the cache: nothing announced the change");
        announce("service:" + notShown);
        assertEquals("Monthly", frequencyName(token, id), "still kept: the announced service is not in the package");
        announce("service:" + shown);
        assertEquals("Changed behind", frequencyName(token, id), "dropped: the announced service is shown in the Detail");

        sql("update service set name = 'Renamed behind', version = version + 1 where id = ?", shown);
        sql("update package_frequency set name = 'Changed behind again' where package_id = ? and name = 'Changed behind'", id);
        io.restassured.path.json.JsonPath kept = detail(token, id);
        assertEquals("Changed behind", kept.getString("instance.details.frequencies[0].name"), "kept again");
        announce("package:" + id);
        io.restassured.path.json.JsonPath read = detail(token, id);
        assertEquals("Changed behind again", read.getString("instance.details.frequencies[0].name"), "dropped by its package's announcement");
        assertEquals("Renamed behind", read.getString("instance.details.services.find { it.serviceId == " + shown + " }.serviceName"));
        String readTag = as(token).get(PACKAGE + "/" + id + "/Detail").then().statusCode(200).extract().header("ETag");
        assertEquals(etag.substring(0, etag.indexOf('.')), readTag.substring(0, readTag.indexOf('.')), "the package's own version did not move");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, readTag, "the ETag moves with the shown service's version");
        assertTrue(cache.contentRowsKept() > 0);
    }

    /**
     * A kept Detail is rendered once and then written from its kept bytes, by Detail and by Paged/Detail alike: every
     * answer is byte for byte what the same package rendered afresh is (but for each request's trackingId).
     */
    @Test
    void aKeptDetailIsWrittenAsItIsRenderedAfresh() throws Exception {
        awaitListening();
        String token = newDistributor().token();
        long id = org.packagecatalogue.support.Contents.fullPackage(token, "Kept \u00e9\"quoted\" detail", "KR")
                .getLong("results.items.find { it.dtoTypeKey == 'packageService' }.instance.packageId");
        await("its patch heard").atMost(Duration.ofMillis(2000)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> heard.naming("package:" + id) > 0);
        java.util.List<String> answers = new java.util.ArrayList<>();
        for (int ask = 0; ask < 3; ask++) {
            answers.add(body(token, PACKAGE + "/" + id + "/Detail"));
        }
        String page = body(token, PACKAGE + "/Paged/Detail");
        announce("package:" + id);
        String afresh = body(token, PACKAGE + "/" + id + "/Detail");
        assertEquals(java.util.List.of(afresh, afresh, afresh), answers);
        String instance = afresh.substring("{\"trackingId\":\"\",\"instance\":".length(), afresh.length() - 1);
        assertEquals("{\"trackingId\":\"\",\"pagination\":{\"pageNumber\":1,\"pageSize\":20,\"excludeTotalCount\":false},"
                + "\"pagedResults\":{\"totalCount\":1,\"items\":[" + instance + "]}}", page);
        assertTrue(instance.startsWith("{\"identity\":" + id + ",\"name\":\"Kept \u00e9\\\"quoted\\\" detail\""), instance);
    }

    /** An answer's body as UTF-8 text, its trackingId emptied (each request has its own). */
    private static String body(String token, String path) {
        io.restassured.response.Response answer = as(token).get(path);
        answer.then().statusCode(200).contentType("application/json");
        return new String(answer.asByteArray(), java.nio.charset.StandardCharsets.UTF_8).replaceFirst("\"trackingId\":\"[^\"]+\"", "\"trackingId\":\"\"");
    }

    /** A Detail whose contents are kept is still a 404 to another tenant, exactly like a missing package. */
    @Test
    void aKeptDetailNeverCrossesTenants() throws Exception {
        awaitListening();
        String owner = newDistributor().token();
        String other = newDistributor().token();
        long id = org.packagecatalogue.support.Contents.fullPackage(owner, "My detail", "MD")
                .getLong("results.items.find { it.dtoTypeKey == 'packageService' }.instance.packageId");
        assertEquals("Monthly", frequencyName(owner, id));
        assertEquals("Monthly", frequencyName(owner, id));
        String missing = as(other).get(PACKAGE + "/999999999/Detail").then().statusCode(404).extract().path("errors[0].message");
        String others = as(other).get(PACKAGE + "/" + id + "/Detail").then().statusCode(404).extract().path("errors[0].message");
        assertEquals(missing.replace("999999999", String.valueOf(id)), others, "another tenant's kept Detail is a 404 like a missing one");
        as(other).get(PACKAGE + "/Paged/Detail").then().statusCode(200).body("pagedResults.items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aWriteThroughThisReplicaIsReadAtOnce() throws Exception {
        awaitListening();
        String token = newDistributor().token();
        long id = Api.createPackage(token, "Written");
        for (int i = 0; i < 20; i++) {
            assertEquals(i == 0 ? "Written" : "Written " + (i - 1), name(token, id));
            as(token).body(Map.of("name", "Written " + i)).put(PACKAGE + "/" + id).then().statusCode(200);
            assertEquals("Written " + i, name(token, id), "read right after its own write");
        }
        as(token).delete(PACKAGE + "/" + id).then().statusCode(200);
        as(token).get(PACKAGE + "/" + id).then().statusCode(404);
    }

    @Test
    void aKeptPackageNeverCrossesTenants() throws Exception {
        awaitListening();
        String owner = newDistributor().token();
        String other = newDistributor().token();
        long id = Api.createPackage(owner, "Mine");
        assertEquals("Mine", name(owner, id));
        String missing = as(other).get(PACKAGE + "/999999999").then().statusCode(404).extract().path("errors[0].message");
        String others = as(other).get(PACKAGE + "/" + id).then().statusCode(404).extract().path("errors[0].message");
        assertEquals(missing.replace("999999999", String.valueOf(id)), others, "another tenant's kept package is a 404 like a missing one");
        assertEquals("Mine", name(Api.aggregator().token(), id), "the platform owner above it sees it");
    }

    @Test
    void aLostListeningConnectionEmptiesTheCacheAndItListensAgain() throws Exception {
        awaitListening();
        String token = newDistributor().token();
        long id = createHeard(token, "Before the drop");
        assertEquals("Before the drop", name(token, id));
        sql("update package set name = 'Changed while listening' where id = ?", id);
        sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?", ChangeFeed.APPLICATION_NAME);
        await("after the listening connection is lost, no read is older than the database").atMost(Duration.ofMillis(1000))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).until(() -> name(token, id).equals("Changed while listening"));
        awaitListening();
        // listening again, it keeps packages again
        assertEquals("Changed while listening", name(token, id));
        sql("update package set name = 'Changed behind again' where id = ?", id);
        assertEquals("Changed while listening", name(token, id));
        assertTrue(cache.size() > 0);
    }

    /** A new distributor's tokens in both dialects. */
    private record Caller(String billing, String mpaas) {
    }

    /** A new distributor, once this replica listens (so that its lists are kept). */
    private Caller newListingCaller() {
        awaitListening();
        Api.Client distributor = newDistributor();
        return new Caller(distributor.token(), org.packagecatalogue.support.Mpaas.token(distributor, null));
    }

    /** The names in the caller's mPaaS list with this filter (null: none given), and whether each is on sale. */
    private static java.util.List<String> listed(String mpaasToken, String filter) {
        var request = as(mpaasToken);
        if (filter != null) {
            request = request.queryParam("Filter", filter);
        }
        io.restassured.path.json.JsonPath list = request.get(org.packagecatalogue.support.Mpaas.PACKAGES).then().statusCode(200)
                .extract().jsonPath();
        java.util.List<String> names = list.getList("Packages.PackageName");
        java.util.List<Boolean> active = list.getList("Packages.Active");
        return java.util.stream.IntStream.range(0, names.size()).mapToObj(i -> names.get(i) + (active.get(i) ? " (on sale)" : " (off sale)")).toList();
    }

    /**
     * A caller's mPaaS list is kept like a package, per caller and filter, until a change of any package is announced:
     * a list is not kept per package, so which lists show the one that changed is not known.
     */
    @Test
    void aKeptListIsAnsweredUntilAPackageChangeIsAnnounced() throws Exception {
        Caller caller = newListingCaller();
        String mpaas = caller.mpaas();
        long id = createHeard(caller.billing(), "Listed");
        assertEquals(java.util.List.of("Listed (on sale)"), listed(mpaas, null));
        assertEquals(java.util.List.of("Listed (on sale)"), listed(mpaas, "Active"));
        assertEquals(java.util.List.of(), listed(mpaas, "Inactive"));
        assertTrue(cache.listRowsKept() >= 4, "three lists kept: " + cache.listRowsKept());

        sql("update package set name = 'Renamed behind' where id = ?", id);
        for (int ask = 0; ask < 2; ask++) { // rendered, then written as rendered
            assertEquals(java.util.List.of("Listed (on sale)"), listed(mpaas, null), "answered from the cache: nothing announced the change");
            assertEquals(java.util.List.of("Listed (on sale)"), listed(mpaas, "Active"));
        }

        announce("package:999999999"); // another package's change: the caller's lists cannot tell it from their own
        for (int ask = 0; ask < 3; ask++) { // read, rendered, written as rendered: the old rendering went with its list
            assertEquals(java.util.List.of("Renamed behind (on sale)"), listed(mpaas, null));
            assertEquals(java.util.List.of("Renamed behind (on sale)"), listed(mpaas, "Active"));
        }
    }

    /**
     * A kept list's answer is rendered once and written as rendered when asked again: byte for byte the answer the same
     * rows give when read afresh and written item by item.
     */
    @Test
    void aKeptListIsWrittenAsItsRowsAreReadAfresh() throws Exception {
        Caller caller = newListingCaller();
        createHeard(caller.billing(), "First");
        createHeard(caller.billing(), "Second \u00e9\"quoted\"");
        java.util.List<String> answers = new java.util.ArrayList<>();
        for (int ask = 0; ask < 3; ask++) { // read and written item by item, rendered, written as rendered
            answers.add(listBody(caller.mpaas()));
        }
        announce("package:999999999");
        String afresh = listBody(caller.mpaas());
        assertEquals(java.util.List.of(afresh, afresh, afresh), answers);
        assertEquals(java.util.List.of("First (on sale)", "Second \u00e9\"quoted\" (on sale)"), listed(caller.mpaas(), null));
    }

    private static String listBody(String mpaasToken) {
        io.restassured.response.Response answer = as(mpaasToken).get(org.packagecatalogue.support.Mpaas.PACKAGES);
        answer.then().statusCode(200).contentType("application/json");
        return new String(answer.asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Time changes a list too: a package goes on sale at its start. A kept list holds until the first such moment among
     * the caller's packages, and is read again after it, with no change announced.
     */
    @Test
    void aKeptListIsReadAgainWhenOneOfItsPackagesGoesOnSale() throws Exception {
        Caller caller = newListingCaller();
        String token = caller.billing();
        String mpaas = caller.mpaas();
        long id = createHeard(token, "Starts soon");
        java.time.Instant start = java.time.Instant.now().plusSeconds(3).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long heardBefore = heard.naming("package:" + id);
        as(token).body(Map.of("start", start.toString())).put(PACKAGE + "/" + id).then().statusCode(200);
        await("its change heard").atMost(Duration.ofMillis(2000)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> heard.naming("package:" + id) > heardBefore);

        assertEquals(java.util.List.of(), listed(mpaas, "Active"));
        assertEquals(java.util.List.of("Starts soon (off sale)"), listed(mpaas, null));
        sql("update package set name = 'Renamed behind' where id = ?", id);
        assertTrue(java.time.Instant.now().isBefore(start), "the test reached the start's eve in time");
        assertEquals(java.util.List.of("Starts soon (off sale)"), listed(mpaas, null), "kept: no change announced, not yet on sale");
        assertEquals(java.util.List.of(), listed(mpaas, "Active"));

        await("on sale at its start").atMost(Duration.ofMillis(5000)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(() -> !java.time.Instant.now().isBefore(start));
        assertEquals(java.util.List.of("Renamed behind (on sale)"), listed(mpaas, "Active"), "read again: its start passed");
        assertEquals(java.util.List.of("Renamed behind (on sale)"), listed(mpaas, null));
        assertEquals(heardBefore + 1, heard.naming("package:" + id), "no change of it was announced meanwhile");
    }

    @Test
    void aKeptListNeverCrossesTenants() throws Exception {
        awaitListening();
        Api.Client first = newDistributor();
        Api.Client second = newDistributor();
        createHeard(first.token(), "First's");
        createHeard(second.token(), "Second's");
        String firstMpaas = org.packagecatalogue.support.Mpaas.token(first, null);
        String secondMpaas = org.packagecatalogue.support.Mpaas.token(second, null);
        for (int ask = 0; ask < 2; ask++) {
            assertEquals(java.util.List.of("First's (on sale)"), listed(firstMpaas, null));
            assertEquals(java.util.List.of("Second's (on sale)"), listed(secondMpaas, null));
        }
    }
}
