package org.packagecatalogue.platform;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packagecatalogue.support.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Locks;
import org.packagecatalogue.support.LogCapture;

/**
 * Requests that hold much memory (Detail, Paged/Detail, PATCH) take turns: with one turn, held by a PATCH that waits
 * on a package's lock, a Detail waits its turn and is answered 503 with Retry-After in the dialect's shape, while
 * reads outside the bound are served; the turn comes back when the PATCH is answered, and after an error answer. Lists
 * take turns of their own, and are refused the same way: as busy, not as a database failure.
 */
@QuarkusTest
@TestProfile(HeavyRequestTurnsTest.OneTurn.class)
class HeavyRequestTurnsTest {

    public static class OneTurn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalogue.heavy-requests.max-in-flight", "1", "catalogue.heavy-requests.in-flight-wait", "300ms",
                    "catalogue.list.max-in-flight", "1", "catalogue.list.in-flight-wait", "300ms");
        }
    }

    @Inject
    AgroalDataSource pool;

    @Test
    void aHeavyRequestWaitsForItsTurnThenIsRefusedAndTheTurnComesBack() throws Exception {
        String token = newDistributor().token();
        long locked = createPackage(token, "Locked by the test");
        long other = createPackage(token, "Read meanwhile");
        Map<String, Object> patch = Map.of("packageCurrencies",
                Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 1, "currencyId", 840))));

        CompletableFuture<Response> patched;
        try (Connection lock = pool.getConnection()) {
            Locks.hold(lock, "select id from package where id = ? for update", locked);
            patched = CompletableFuture.supplyAsync(() -> as(token).body(patch).patch(PACKAGE + "/" + locked));
            Locks.awaitWaiters(pool, 1);

            billingError(as(token).get(PACKAGE + "/" + other + "/Detail").then(), 503, "serviceUnavailable")
                    .header("Retry-After", "2")
                    .body("errors", hasSize(1))
                    .body("errors[0].message", equalTo("the service is temporarily unavailable; retry after a short delay"));
            billingError(as(token).get(PACKAGE + "/Paged/Detail?pageNumber=1&pageSize=20").then(), 503, "serviceUnavailable")
                    .header("Retry-After", "2");
            as(token).get(PACKAGE + "/" + other).then().statusCode(200);   // outside the bound
            lock.rollback();
        }

        Response answer = patched.get(30, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode(), answer.asString());
        as(token).get(PACKAGE + "/" + locked + "/Detail").then().statusCode(200)
                .body("instance.details.currencies", hasSize(1));
        billingError(as(token).get(PACKAGE + "/" + Long.MAX_VALUE + "/Detail").then(), 404, "notFound");
        as(token).get(PACKAGE + "/Paged/Detail?pageNumber=1&pageSize=20").then().statusCode(200)
                .body("pagedResults.totalCount", equalTo(2));
    }

    @Test
    void aListWaitsForItsTurnThenIsRefusedAsBusyNotAsADatabaseFailure() throws Exception {
        String token = newDistributor().token();
        createPackage(token, "Listed");
        CompletableFuture<Response> listed;
        try (LogCapture capture = LogCapture.start(); Connection lock = pool.getConnection()) {
            Locks.hold(lock, "lock table package in access exclusive mode");
            listed = CompletableFuture.supplyAsync(() -> as(token).get(PACKAGE + "/"));
            Locks.awaitWaiters(pool, 1);

            billingError(as(token).get(PACKAGE + "/").then(), 503, "serviceUnavailable")
                    .header("Retry-After", "2")
                    .body("errors", hasSize(1))
                    .body("errors[0].message", equalTo("the service is temporarily unavailable; retry after a short delay"));
            lock.rollback();

            Response answer = listed.get(30, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), answer.asString());
            assertEquals(List.of("busy: every list's turn is taken: try again shortly on GET " + PACKAGE + "/"),
                    capture.lines().stream().filter(line -> line.level().intValue() >= Level.WARNING.intValue())
                            .map(line -> line.message().replaceFirst("^trackingId=\\S+ ", "")).toList(),
                    "one warning, that it was busy: not a database failure, and not retried");
        }
        as(token).get(PACKAGE + "/").then().statusCode(200).body("items", hasSize(1)).body("totalCount", equalTo(1));
    }

    /**
     * A list kept in memory is written in its turn too: the turns bound the answers being written at once, wherever
     * their rows came from. The mPaaS list is shown kept (a change in SQL behind the service's back does not show), then
     * refused as busy while a billing list holds the one turn.
     */
    @Test
    void aKeptListWaitsForItsTurnToo() throws Exception {
        org.packagecatalogue.support.Api.Client distributor = newDistributor();
        String token = distributor.token();
        String mpaas = org.packagecatalogue.support.Mpaas.token(distributor, null);
        long id = createPackage(token, "Kept in a list");
        await("the list kept").atMost(java.time.Duration.ofSeconds(5)).pollInterval(java.time.Duration.ofMillis(20)).until(() -> {
            String before = as(mpaas).get(org.packagecatalogue.support.Mpaas.PACKAGES).then().statusCode(200).extract().path("Packages[0].PackageName");
            try (Connection c = pool.getConnection(); var rename = c.prepareStatement("update package set name = name || '.' where id = ?")) {
                rename.setLong(1, id);
                rename.executeUpdate();
            }
            return before.equals(as(mpaas).get(org.packagecatalogue.support.Mpaas.PACKAGES).then().statusCode(200).extract().path("Packages[0].PackageName"));
        });

        CompletableFuture<Response> listed;
        try (Connection lock = pool.getConnection()) {
            Locks.hold(lock, "lock table package in access exclusive mode");
            listed = CompletableFuture.supplyAsync(() -> as(token).get(PACKAGE + "/"));
            Locks.awaitWaiters(pool, 1);
            org.packagecatalogue.support.Mpaas.error(as(mpaas).get(org.packagecatalogue.support.Mpaas.PACKAGES).then(), 503,
                    "Service unavailable: the API is temporarily unavailable. Retry after a short delay.").header("Retry-After", "2");
            lock.rollback();
        }
        assertEquals(200, listed.get(30, TimeUnit.SECONDS).statusCode());
        as(mpaas).get(org.packagecatalogue.support.Mpaas.PACKAGES).then().statusCode(200).body("Packages", hasSize(1));
    }
}
