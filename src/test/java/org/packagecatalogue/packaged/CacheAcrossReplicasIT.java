package org.packagecatalogue.packaged;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.PgProxy;

/**
 * The package cache across two replicas of the packaged application on one PostgreSQL: a write through one is read
 * through the other within the stated bound (README, "Reads and the cache"), a delete too, and so after the other's
 * listening connection is cut or hangs (it listens through a proxy of the test's own), and after a restart of the
 * database that changed what it holds behind every replica's back. A randomized run interleaves
 * writes and reads on both and checks that no read is older than the last write acknowledged before it began, beyond
 * the bound.
 */
class CacheAcrossReplicasIT {

    private static final int DB_PORT = 15447;
    private static final int PROXY_PORT = 15448;
    private static final String JDBC_URL = "jdbc:postgresql://localhost:" + DB_PORT + "/postgres";
    /** The bound the README states for a change to reach another replica's answers. */
    private static final long BOUND_MS = 2000;
    private static final String PACKAGE = "/ResourceServer/api/v10/Package/";

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;
    /** Kept across a restart: zonky deletes a "clean" data directory when its server stops. */
    private static java.nio.file.Path dataDirectory;

    private static final PackagedApp WRITER = PackagedApp.on(8101, "cache-it-writer.log");
    private static final PackagedApp READER = PackagedApp.on(8102, "cache-it-reader.log");
    private static PgProxy proxy;
    private static Process writer;
    private static Process reader;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        dataDirectory = java.nio.file.Files.createTempDirectory("catalogue-cache-pg");
        startPostgres();
        Map<String, String> settings = new HashMap<>(Map.of("CATALOGUE_RATE_LIMIT_REQUESTS", "100000",
                "CATALOGUE_RATE_LIMIT_BURST", "100000", "QUARKUS_SHUTDOWN_DELAY", "0s"));
        writer = WRITER.launch(JDBC_URL, settings);
        WRITER.awaitReady(writer);
        proxy = new PgProxy(PROXY_PORT, DB_PORT);
        settings.put("CATALOGUE_CACHE_LISTEN_URL", "jdbc:postgresql://localhost:" + PROXY_PORT + "/postgres");
        reader = READER.launch(JDBC_URL, settings);
        READER.awaitReady(reader);
        token = WRITER.token();
        await("the reader listens").atMost(Duration.ofMillis(10_000))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).until(() -> READER.logText().contains("change feed: listening"));
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process p : new Process[] {writer, reader}) {
            if (p != null) {
                p.destroy();
                p.waitFor(20, TimeUnit.SECONDS);
            }
        }
        if (proxy != null) {
            proxy.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static void startPostgres() throws java.io.IOException {
        postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setPort(DB_PORT)
                .setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
    }

    private static long create(String name) {
        return given().port(WRITER.httpPort).auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("name", name))
                .post(PACKAGE).then().statusCode(200).extract().jsonPath().getLong("results.items[0].identity");
    }

    private static void rename(PackagedApp app, long id, String name) {
        given().port(app.httpPort).auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("name", name))
                .put(PACKAGE + id).then().statusCode(200);
    }

    /** The name the app answers for the package, or null for a 404. */
    private static String name(PackagedApp app, long id) {
        var answer = given().port(app.httpPort).auth().oauth2(token).get(PACKAGE + id);
        if (answer.statusCode() == 404) {
            return null;
        }
        assertEquals(200, answer.statusCode(), answer.asString());
        return answer.jsonPath().getString("instance.name");
    }

    /** Milliseconds until the reader answers {@code expected}; fails past the bound. */
    private static long seenWithinBound(long id, String expected) {
        long start = System.nanoTime();
        await("the reader's answer within " + BOUND_MS + " ms").atMost(Duration.ofMillis(BOUND_MS))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).until(() -> name(READER, id), equalTo(expected));
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Waits until the reader keeps the package: a change made in SQL announces nothing, so the reader answering the same
     * name before and after one shows that it answers from memory. A read that the package's own create announcement
     * overtakes is not kept (that announcement reaches the reader some time after the writer's answer), so this may
     * take a few reads.
     */
    private static void awaitKeptByTheReader(long id) {
        int[] changes = {0};
        await("the reader keeps the package").atMost(Duration.ofMillis(BOUND_MS)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> {
                    String before = name(READER, id);
                    sql("update package set name = ? where id = ?", "Behind " + ++changes[0], id);
                    return before.equals(name(READER, id));
                });
    }

    private static void sql(String statement, Object... values) throws java.sql.SQLException {
        try (var c = postgres.getPostgresDatabase().getConnection(); var st = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            st.executeUpdate();
        }
    }

    @Test
    void aWriteAndADeleteThroughOneReplicaAreReadThroughTheOther() throws Exception {
        long id = create("Shared");
        awaitKeptByTheReader(id);
        rename(WRITER, id, "Shared");
        seenWithinBound(id, "Shared");
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            assertEquals(i == 0 ? "Shared" : "Shared " + (i - 1), name(READER, id), "kept by the reader");
            rename(WRITER, id, "Shared " + i);
            delays.add(seenWithinBound(id, "Shared " + i));
        }
        given().port(WRITER.httpPort).auth().oauth2(token).delete(PACKAGE + id).then().statusCode(200);
        seenWithinBound(id, null);
        delays.sort(null);
        System.out.println("write on one replica -> read on the other, ms: p50 " + delays.get(delays.size() / 2)
                + ", max " + delays.get(delays.size() - 1));
    }

    /** The names in the reader's mPaaS list of the caller's packages. */
    private static List<String> listedByTheReader() {
        return given().port(READER.httpPort).auth().oauth2(token).get("/v1.0/packages").then().statusCode(200)
                .extract().jsonPath().getList("Packages.PackageName");
    }

    /** The reader keeps its list until a change of a package reaches it: the writer's rename is in it within the bound. */
    @Test
    void aListKeptByTheReaderShowsAWriteThroughTheWriter() throws Exception {
        long id = create("Listed");
        int[] changes = {0};
        await("the reader keeps the list").atMost(Duration.ofMillis(BOUND_MS)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> {
                    List<String> before = listedByTheReader();
                    sql("update package set name = ? where id = ?", "Listed behind " + ++changes[0], id);
                    return before.equals(listedByTheReader());
                });
        rename(WRITER, id, "Listed, renamed");
        await("the reader's list within " + BOUND_MS + " ms").atMost(Duration.ofMillis(BOUND_MS)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(5)).until(() -> listedByTheReader().contains("Listed, renamed"));
    }

    /** The reader's Detail of the package: its one service's name and maximum instances. */
    private static List<Object> shown(long pkg) {
        var detail = given().port(READER.httpPort).auth().oauth2(token).get(PACKAGE + pkg + "/Detail").then().statusCode(200)
                .extract().jsonPath();
        return List.of(detail.getString("instance.details.services[0].serviceName"), detail.getInt("instance.details.services[0].maximumInstances"));
    }

    /** The reader's answer for the service. */
    private static io.restassured.path.json.JsonPath service(long id) {
        return given().port(READER.httpPort).auth().oauth2(token).get("/ResourceServer/api/v10/Service/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    /** As {@link #awaitKeptByTheReader}, for the Detail's contents: a change in SQL that the reader's Detail does not show. */
    private static void awaitDetailKeptByTheReader(long pkg) {
        await("the reader keeps the Detail").atMost(Duration.ofMillis(BOUND_MS)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> {
                    List<Object> before = shown(pkg);
                    sql("update package_service set maximum_instances = maximum_instances + 1 where package_id = ?", pkg);
                    return before.equals(shown(pkg));
                });
    }

    /**
     * The reader keeps the Detail's contents: a rename of the service it shows, and a change of the package's contents,
     * both made through the writer, reach it within the bound all the same.
     */
    @Test
    void aServiceRenamedAndAContentChangedThroughOneReplicaAreInTheOthersDetail() throws Exception {
        long pkg = create("With a service");
        long service = given().port(WRITER.httpPort).auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("name", "Voice"))
                .post("/ResourceServer/api/v10/Service/").then().statusCode(200).extract().jsonPath().getLong("results.items[0].identity");
        long item = given().port(WRITER.httpPort).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("packageServices", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 1, "serviceId", service)))))
                .patch(PACKAGE + pkg).then().statusCode(200).extract().jsonPath().getLong("results.items[0].identity");
        awaitDetailKeptByTheReader(pkg);
        int kept = (Integer) shown(pkg).get(1);
        int[] behind = {0};
        await("the reader keeps the service").atMost(Duration.ofMillis(BOUND_MS)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> {
                    String before = service(service).getString("instance.description");
                    sql("update service set description = ? where id = ?", "Behind " + ++behind[0], service);
                    return java.util.Objects.equals(before, service(service).getString("instance.description"));
                });
        given().port(WRITER.httpPort).auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("name", "Voice and video"))
                .put("/ResourceServer/api/v10/Service/" + service).then().statusCode(200);
        await("the other replica's Detail names the service as renamed").atMost(Duration.ofMillis(BOUND_MS))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).until(() -> shown(pkg).get(0).equals("Voice and video"));
        await("and so does the service itself").atMost(Duration.ofMillis(BOUND_MS))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> service(service).getString("instance.name").equals("Voice and video"));
        assertTrue((Integer) shown(pkg).get(1) > kept, "read again: it shows the changes made in SQL meanwhile too");

        awaitDetailKeptByTheReader(pkg);
        given().port(WRITER.httpPort).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("packageServices", Map.of("items", List.of(Map.of("patchType", "update", "patchClientId", 2,
                        "identity", item, "maximumInstances", 500)))))
                .patch(PACKAGE + pkg).then().statusCode(200);
        await("the other replica's Detail shows the changed content").atMost(Duration.ofMillis(BOUND_MS))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).until(() -> shown(pkg).get(1).equals(500));
    }

    @Test
    void aReplicaWhoseListeningConnectionIsCutOrHangsAnswersNothingStale() throws Exception {
        long id = create("Through an outage");
        assertEquals("Through an outage", name(READER, id));

        long listenedBefore = count(READER, "change feed: listening");
        long deafBefore = count(READER, "change feed: not listening");
        proxy.cut(true); // its connection drops, and it cannot listen again for now
        rename(WRITER, id, "Renamed while it was deaf");
        seenWithinBound(id, "Renamed while it was deaf");
        await().atMost(Duration.ofMillis(5_000))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).until(() -> count(READER, "change feed: not listening") > deafBefore);
        rename(WRITER, id, "Renamed again while it was deaf");
        assertEquals("Renamed again while it was deaf", name(READER, id), "not listening, it reads PostgreSQL");
        proxy.cut(false);
        await("it listens again").atMost(Duration.ofMillis(10_000))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).until(() -> count(READER, "change feed: listening") > listenedBefore);
        rename(WRITER, id, "Renamed once it listened again");
        seenWithinBound(id, "Renamed once it listened again");

        proxy.mute(true); // the connection hangs: no byte passes, nothing closes
        try {
            rename(WRITER, id, "Renamed while its connection hung");
            seenWithinBound(id, "Renamed while its connection hung");
        } finally {
            proxy.mute(false);
        }
    }

    /**
     * A LISTEN whose connection opens but that PostgreSQL never answers (a network that drops packets once connected) is
     * given up and tried again, instead of waiting for good: the reader listens again, and keeps packages again.
     */
    @Test
    void aListenThatNeverGetsAnAnswerIsGivenUpAndTriedAgain() throws Exception {
        long id = create("Before the black hole");
        long deafBefore = count(READER, "change feed: not listening");
        long listenedBefore = count(READER, "change feed: listening");
        int openedBefore = proxy.opened();
        proxy.mute(true); // the listening connection hangs: the heartbeat gives it up, and the next one hangs too
        try {
            await("it stops listening").atMost(Duration.ofMillis(BOUND_MS)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                    .until(() -> count(READER, "change feed: not listening") > deafBefore);
            // the hung connection's close hangs too (its Terminate never reaches PostgreSQL), so the next attempt is the
            // give-up's, at least 2 s after it stopped listening
            await("it tries again").atMost(Duration.ofMillis(10_000)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                    .until(() -> proxy.opened() > openedBefore);
        } finally {
            proxy.hangOpenOnesForGood(); // that attempt never gets an answer; a new one would
        }
        await("it listens again").atMost(Duration.ofMillis(10_000)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> count(READER, "change feed: listening") > listenedBefore);
        awaitKeptByTheReader(id);
        rename(WRITER, id, "After the black hole");
        seenWithinBound(id, "After the black hole");
    }

    @Test
    void afterADatabaseRestartNothingKeptFromBeforeIsAnswered() throws Exception {
        long id = create("Before the restart");
        awaitKeptByTheReader(id);
        long listened = count(READER, "change feed: listening");

        postgres.close(); // both replicas lose every connection, the reader its listening one too
        // what the restarted database holds was changed behind every replica's back, as a restore or failover would
        startPostgres();
        sql("update package set name = 'Restored' where id = ?", id);
        // its first answer once the database is back (503s until then) is what the database holds
        await("the reader answers again").atMost(Duration.ofMillis(10_000)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> given().port(READER.httpPort).auth().oauth2(token).get(PACKAGE + id).statusCode(), equalTo(200));
        assertEquals("Restored", name(READER, id), "nothing kept from before the restart");
        await("it listens again").atMost(Duration.ofMillis(10_000))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).until(() -> count(READER, "change feed: listening") > listened);
        assertEquals("Restored", name(READER, id));
        await("the writer writes again").atMost(Duration.ofMillis(10_000)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().port(WRITER.httpPort).auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("name", "After the restart")).put(PACKAGE + id).statusCode(), equalTo(200));
        seenWithinBound(id, "After the restart");
    }

    /** How many lines of the replica's log say this. */
    private static long count(PackagedApp app, String text) {
        return app.logText().lines().filter(l -> l.contains(text)).count();
    }

    @Test
    void noReadIsOlderThanTheLastAcknowledgedWriteBeyondTheBound() throws Exception {
        long id = create("v0");
        Random random = new Random(27);
        long lastAcked = 0;
        long ackedAt = System.nanoTime();
        long written = 0;
        int stale = 0;
        for (int op = 0; op < 300; op++) {
            PackagedApp app = random.nextBoolean() ? WRITER : READER;
            if (random.nextInt(3) == 0) {
                rename(app, id, "v" + (++written));
                lastAcked = written;
                ackedAt = System.nanoTime();
            } else {
                long began = System.nanoTime();
                long acked = lastAcked;
                long sinceAck = (began - ackedAt) / 1_000_000;
                long read = Long.parseLong(name(app, id).substring(1));
                assertTrue(read <= written, "no read is of a write not yet made");
                if (read < acked) {
                    stale++;
                    assertTrue(sinceAck < BOUND_MS, "read v" + read + " " + sinceAck + " ms after v" + acked + " was acknowledged");
                }
            }
            if (random.nextInt(10) == 0) {
                Thread.sleep(random.nextInt(30));
            }
        }
        System.out.println("randomized: " + written + " writes, " + stale + " reads older than the last acknowledged write (within the bound)");
    }
}
