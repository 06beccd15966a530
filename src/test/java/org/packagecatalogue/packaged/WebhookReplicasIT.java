package org.packagecatalogue.packaged;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.zonky.test.db.postgres.junit5.EmbeddedPostgresExtension;
import io.zonky.test.db.postgres.junit5.SingleInstancePostgresExtension;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.packagecatalogue.support.Receiver;
import org.packagecatalogue.support.TestCredentials;

/**
 * The webhook sender across processes, on the packaged application: two replicas on one database deliver each
 * event once; and a replica killed (SIGKILL) between the commit and the delivery leaves its event in the outbox,
 * delivered by a fresh process once the receiver is back.
 */
class WebhookReplicasIT {

    private static final int DB_PORT = 15444;
    private static final String JDBC_URL = "jdbc:postgresql://localhost:" + DB_PORT + "/postgres";
    private static final Map<String, String> SETTINGS = Map.of(
            "CATALOGUE_RATE_LIMIT_REQUESTS", "100000",
            "CATALOGUE_RATE_LIMIT_BURST", "100000",
            "QUARKUS_SHUTDOWN_DELAY", "0s",
            "CATALOGUE_WEBHOOKS_ALLOW_HTTP", "true",
            "CATALOGUE_WEBHOOKS_ALLOWED_HOSTS", "localhost",
            "CATALOGUE_WEBHOOKS_POLL_INTERVAL", "200ms",
            "CATALOGUE_WEBHOOKS_FIRST_RETRY", "300ms",
            "CATALOGUE_WEBHOOKS_LEASE", "5s");

    @RegisterExtension
    static final SingleInstancePostgresExtension POSTGRES = EmbeddedPostgresExtension.singleInstance()
            .customize(builder -> builder.setPort(DB_PORT));

    private static String mpaasToken(int port) {
        return given().port(port).contentType(ContentType.JSON).body(Map.of("AccountKey", TestCredentials.AGGREGATOR_KEY,
                "AccountSecret", TestCredentials.AGGREGATOR_SECRET)).post("/v1.0/oauth2/tokens").then().statusCode(200).extract().path("token");
    }

    private static String createPackage(int port, String token, String name) {
        return given().port(port).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("PackageName", name, "Type", "sip", "Price", 5, "Monthly", true)).post("/v1.0/packages")
                .then().statusCode(200).extract().path("PackageId");
    }

    private static void register(int port, String token, String url) {
        given().port(port).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("Url", url, "EventTypes", List.of("package.updated"))).post("/v1.0/webhooks").then().statusCode(200);
    }

    @Test
    void twoReplicasDeliverEachEventOnce() throws Exception {
        PackagedApp first = PackagedApp.on(8091, "webhooks-it-first.log");
        PackagedApp second = PackagedApp.on(8092, "webhooks-it-second.log");
        try (Receiver receiver = new Receiver()) {
            Process one = first.launch(JDBC_URL, SETTINGS);
            Process two = null;
            try {
                first.awaitReady(one);
                two = second.launch(JDBC_URL, SETTINGS);
                second.awaitReady(two);
                String token = mpaasToken(first.httpPort);
                register(first.httpPort, token, receiver.url());
                String pid = createPackage(first.httpPort, token, "Told twice over");
                int updates = 30;
                for (int i = 1; i <= updates; i++) {
                    int port = i % 2 == 0 ? first.httpPort : second.httpPort;
                    given().port(port).auth().oauth2(token).contentType(ContentType.JSON)
                            .body(Map.of("PackageId", pid, "PackageName", "Told " + i)).post("/v1.0/packages/update").then().statusCode(200);
                }
                assertTrue(Receiver.await(() -> ids(receiver).size() == updates, 30), "every event arrived: " + ids(receiver).size());
                Thread.sleep(1500);
                assertEquals(updates, receiver.received().size(), "each once, none twice");
                List<String> names = receiver.received().stream()
                        .map(r -> io.restassured.path.json.JsonPath.from(r.body()).getString("data.Fields.find { it.Field == 'PackageName' }.After"))
                        .toList();
                assertEquals(java.util.stream.IntStream.rangeClosed(1, updates).mapToObj(i -> "Told " + i).toList(), names, "in commit order");
            } finally {
                stop(one);
                stop(two);
            }
        }
    }

    @Test
    void anEventCommittedBeforeAKillIsDeliveredAfterTheRestart() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        try (Receiver receiver = new Receiver().answering(() -> down.get() ? 503 : 200)) {
            PackagedApp dying = PackagedApp.on(8093, "webhooks-it-killed.log");
            Process killed = dying.launch(JDBC_URL, SETTINGS);
            String pid;
            try {
                dying.awaitReady(killed);
                String token = mpaasToken(dying.httpPort);
                register(dying.httpPort, token, receiver.url());
                pid = createPackage(dying.httpPort, token, "Outlives its sender");
                given().port(dying.httpPort).auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("PackageId", pid, "PackageName", "Committed, not delivered")).post("/v1.0/packages/update").then().statusCode(200);
                assertTrue(Receiver.await(() -> !receiver.received().isEmpty(), 10), "it tried, and the receiver was down");
            } finally {
                killed.destroyForcibly();
                killed.waitFor(20, TimeUnit.SECONDS);
            }
            int triedBefore = receiver.received().size();
            String id = receiver.received().get(0).header("webhook-id");
            down.set(false);
            PackagedApp fresh = PackagedApp.on(8094, "webhooks-it-fresh.log");
            Process restarted = fresh.launch(JDBC_URL, SETTINGS);
            try {
                fresh.awaitReady(restarted);
                assertTrue(Receiver.await(() -> receiver.received().size() > triedBefore, 30), "delivered after the restart");
                assertEquals(Set.of(id), ids(receiver), "the same event, the same webhook-id");
            } finally {
                stop(restarted);
            }
        }
    }

    private static Set<String> ids(Receiver receiver) {
        return receiver.received().stream().map(r -> r.header("webhook-id")).collect(Collectors.toSet());
    }

    private static void stop(Process p) throws InterruptedException {
        if (p != null) {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
