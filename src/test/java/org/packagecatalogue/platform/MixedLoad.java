package org.packagecatalogue.platform;

import static org.packagecatalogue.support.Api.*;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.packagecatalogue.support.Api;
import org.packagecatalogue.support.Mpaas;

/**
 * Four clients, one distributor: reads and creates in each dialect, in a loop, while a test does
 * something to the database. {@link #stopAndCheck} then asserts what a client may rely on: no 500;
 * every failure a 503 in its dialect's shape with Retry-After; every acknowledged create there; and
 * the service serving again by itself.
 */
final class MixedLoad {

    /** One client's stream: its failures, and the creates it was told succeeded. */
    private record Stream(List<Response> failures, List<Long> created, List<String> createdPids) {
    }

    private final String billing;
    private final String mpaas;
    private final long known;
    private final String knownPid;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients = Executors.newFixedThreadPool(4);
    private final List<Future<Stream>> streams = new ArrayList<>();

    MixedLoad() {
        Api.Client distributor = newDistributor();
        billing = distributor.token();
        mpaas = Mpaas.token(distributor, null);
        known = createPackage(billing, "Known");
        knownPid = Mpaas.createPackage(mpaas, "Known too", 1, true);
        // billing clients are even, mPaaS clients odd
        streams.add(clients.submit(() -> stream(() -> as(billing).get(PACKAGE + "/" + known), null, null)));
        streams.add(clients.submit(() -> stream(() -> as(mpaas).queryParam("PackageId", knownPid).get(Mpaas.PACKAGES), null, null)));
        streams.add(clients.submit(() -> stream(() -> as(billing).body(Map.of("name", "Under faults")).post(PACKAGE + "/"),
                "results.items[0].identity", null)));
        streams.add(clients.submit(() -> stream(() -> as(mpaas)
                .body(Map.of("PackageName", "Under faults", "Type", "sip", "Price", 1, "Monthly", true)).post(Mpaas.PACKAGES), null, "PackageId")));
    }

    /** Stops the clients and checks everything they were answered; answers how many requests failed. */
    int stopAndCheck() throws Exception {
        running.set(false);
        clients.shutdown();
        Assertions.assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
        List<Long> created = new ArrayList<>();
        List<String> createdPids = new ArrayList<>();
        int failures = 0;
        for (int i = 0; i < streams.size(); i++) {
            Stream stream = streams.get(i).get();
            created.addAll(stream.created());
            createdPids.addAll(stream.createdPids());
            for (Response failure : stream.failures()) {
                failures++;
                Assertions.assertEquals(503, failure.statusCode(), "client " + i + " was answered " + failure.asString());
                Assertions.assertEquals("2", failure.header("Retry-After"));
                if (i % 2 == 0) {
                    billingError(failure.then(), 503, "serviceUnavailable");
                } else {
                    Mpaas.error(failure.then(), 503, "Service unavailable");
                }
            }
        }
        Assertions.assertFalse(created.isEmpty() || createdPids.isEmpty(), "creates went through in both dialects");
        as(billing).get(PACKAGE + "/" + known).then().statusCode(200);
        for (long id : created) {
            as(billing).get(PACKAGE + "/" + id).then().statusCode(200);
        }
        for (String pid : createdPids) {
            as(mpaas).queryParam("PackageId", pid).get(Mpaas.PACKAGES).then().statusCode(200);
        }
        return failures;
    }

    private Stream stream(Supplier<Response> request, String createdId, String createdPid) {
        List<Response> failures = new ArrayList<>();
        List<Long> created = new ArrayList<>();
        List<String> createdPids = new ArrayList<>();
        while (running.get()) {
            Response answer = request.get();
            if (answer.statusCode() != 200) {
                failures.add(answer);
            } else if (createdId != null) {
                created.add(answer.jsonPath().getLong(createdId));
            } else if (createdPid != null) {
                createdPids.add(answer.jsonPath().getString(createdPid));
            }
        }
        return new Stream(failures, created, createdPids);
    }
}
