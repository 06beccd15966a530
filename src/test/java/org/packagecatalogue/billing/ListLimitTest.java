package org.packagecatalogue.billing;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.ListLimit;
import org.packagecatalogue.support.Mpaas;

/**
 * Unpaged lists answer at most the list limit (here 3), and still tell the true total; and only so
 * many of them (here 1) are read at once, the others waiting their turn for a bounded time (here
 * 500 ms) and then answered 503 in their dialect's shape.
 */
@QuarkusTest
@TestProfile(ListLimitTest.SmallLists.class)
class ListLimitTest {

    public static class SmallLists implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalogue.list.max-items", "3",
                    "catalogue.list.max-concurrent", "1",
                    "catalogue.list.max-wait", "500ms");
        }
    }

    @Test
    void unpagedListsAreCappedAndCountTheRest() {
        String token = newDistributor().token();
        for (int i = 0; i < 5; i++) {
            long id = createPackage(token, "Listed " + i);
            as(token).body(Map.of("packageCurrencies", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 1, "currencyId", 840)))))
                    .patch(PACKAGE + "/" + id).then().statusCode(200);
        }
        as(token).get(PACKAGE + "/").then().statusCode(200)
                .body("totalCount", equalTo(5))
                .body("items", hasSize(3))
                .body("items.name", contains("Listed 0", "Listed 1", "Listed 2"));
        as(token).get(PACKAGE + "/AvailableFor/Currency/840").then().statusCode(200)
                .body("totalCount", equalTo(5))
                .body("items", hasSize(3));
        as(token).get(Mpaas.PACKAGES).then().statusCode(200).body("Packages", hasSize(3));
        // the rest is there for paging
        as(token).queryParam("pageNumber", 2).queryParam("pageSize", 3).get(PACKAGE + "/Paged").then().statusCode(200)
                .body("pagedResults.items.name", contains("Listed 3", "Listed 4"));
    }

    @Inject
    ListLimit lists;

    @Test
    void listsBeyondTheConcurrentLimitWaitTheirTurnThenAre503InTheirDialect() throws Exception {
        String token = newDistributor().token();
        createPackage(token, "Waiting list");
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        // another list holds the only turn
        CompletableFuture<Object> holder = CompletableFuture.supplyAsync(() -> lists.read(() -> {
            reading.countDown();
            await(finish);
            return null;
        }));
        Assertions.assertTrue(reading.await(5, TimeUnit.SECONDS));
        long started = System.nanoTime();
        billingError(as(token).get(PACKAGE + "/").then(), 503, "serviceUnavailable").header("Retry-After", "1");
        Assertions.assertTrue((System.nanoTime() - started) / 1_000_000 >= 450, "the request waited for its turn first");
        Mpaas.error(as(token).get(Mpaas.PACKAGES).then(), 503, "Service unavailable").header("Retry-After", "1");
        billingError(as(token).get("/ResourceServer/api/v10/Service/").then(), 503, "serviceUnavailable");
        // paged lists and single reads are not held up
        as(token).get(PACKAGE + "/Paged?pageNumber=1&pageSize=3").then().statusCode(200);

        // a list that gets its turn within the wait is served
        CompletableFuture.delayedExecutor(150, TimeUnit.MILLISECONDS).execute(finish::countDown);
        as(token).get(PACKAGE + "/").then().statusCode(200).body("items.name", hasItem("Waiting list"));
        holder.get(5, TimeUnit.SECONDS);
        // a list that fails gives its turn back
        Assertions.assertThrows(IllegalStateException.class, () -> lists.read(() -> {
            throw new IllegalStateException("failed read");
        }));
        as(token).get(Mpaas.PACKAGES).then().statusCode(200);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
