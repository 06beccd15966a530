package org.packagecatalogue.mpaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.packagecatalogue.support.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Mpaas;

/**
 * Sales and a delete of one package at once take turns: the delete refuses (409) while a sale it can see is
 * active, and a sale after the delete finds no package (404). No sale that answered 200 ever vanishes.
 */
@QuarkusTest
class SaleDeleteRaceTest {

    @Inject
    AgroalDataSource db;

    @Test
    void noSaleVanishesUnreported() throws Exception {
        String token = Mpaas.token(newDistributor(), null);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        int deletedRounds = 0;
        try {
            for (int round = 0; round < 12; round++) {
                String pid = Mpaas.createPackage(token, "Raced " + round, 5, true);
                List<String> sold = new CopyOnWriteArrayList<>();
                List<Integer> saleStatuses = new CopyOnWriteArrayList<>();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> sellers = new ArrayList<>();
                for (int s = 0; s < 4; s++) {
                    sellers.add(pool.submit(() -> {
                        go.await();
                        for (int i = 0; i < 3; i++) {
                            var answer = as(token).body(Map.of("SubscriberId", "SID-00000000-0000-4000-8000-0000000000cd", "PackageId", pid))
                                    .post("/v1.0/subscriptions").then().extract();
                            saleStatuses.add(answer.statusCode());
                            if (answer.statusCode() == 200) {
                                sold.add(answer.path("SubscriptionId"));
                            }
                        }
                        return null;
                    }));
                }
                long pause = round % 4 * 3L;
                Future<Integer> delete = pool.submit(() -> {
                    go.await();
                    Thread.sleep(pause);
                    return as(token).body(Map.of("PackageId", pid)).post(Mpaas.PACKAGES + "/delete").then().extract().statusCode();
                });
                go.countDown();
                for (Future<?> f : sellers) {
                    f.get(60, TimeUnit.SECONDS);
                }
                int deleteStatus = delete.get(60, TimeUnit.SECONDS);
                assertTrue(deleteStatus == 200 || deleteStatus == 409, "the delete answers 200 or 409, not " + deleteStatus);
                assertTrue(saleStatuses.stream().allMatch(s -> s == 200 || s == 404), "every sale is 200 or 404: " + saleStatuses);
                for (String sub : sold) {
                    assertEquals(1, count(sub.substring(sub.indexOf('-') + 1)), "sold " + sub + " in round " + round + " and it still exists");
                }
                if (deleteStatus == 200) {
                    deletedRounds++;
                    assertEquals(List.of(), sold, "a package deleted while nothing was sold of it: every later sale is a 404");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(deletedRounds < 12, "at least one delete met a sale");
    }

    private long count(String uid) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select count(*) from subscription where uid = ?::uuid")) {
            s.setString(1, uid);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
