package org.packagecatalogue.platform;

import static io.restassured.RestAssured.given;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The database goes away in the middle of a stream of creates and comes back: every create answered
 * 2xx exists afterwards, every failure was a 503 answered within a bounded time, readiness and liveness
 * stayed UP (the database's state is at /q/health/well), and the service serves again by itself. A read by id during the outage is
 * a 503 too.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OnAControllableDatabase.class)
class DatabaseOutageTest {

    public static class OnAControllableDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ControllablePostgres.class));
        }
    }

    @Test
    void createsDuringAnOutageAreEither2xxAndKeptOr503() {
        String token = newDistributor().token();
        List<Long> created = new ArrayList<>();
        int unavailable = 0;
        for (int i = 0; i < 60; i++) {
            if (i == 20) {
                ControllablePostgres.stopServer();
            }
            if (i == 40) {
                // the replica stays in the Service and answers fast 503s itself; monitoring sees the database DOWN
                given().get("/q/health/ready").then().statusCode(200);
                given().get("/q/health/live").then().statusCode(200);
                given().get("/q/health/well").then().statusCode(503);
                ControllablePostgres.startServer();
            }
            long started = System.nanoTime();
            Response response = as(token).body(Map.of("name", "Outage " + i)).post(PACKAGE + "/");
            long millis = (System.nanoTime() - started) / 1_000_000;
            int status = response.statusCode();
            if (status == 200) {
                created.add(response.jsonPath().getLong("results.items[0].identity"));
            } else {
                Assertions.assertEquals(503, status, "request " + i + " answered " + status + ": " + response.asString());
                billingError(response.then(), 503, "serviceUnavailable");
                Assertions.assertTrue(millis < 10_000, "a 503 comes within a bounded time, took " + millis + " ms");
                if (unavailable++ == 0) {
                    // a read by id goes by plain JDBC, not Hibernate (PackageSummaries): the same 503
                    long readStarted = System.nanoTime();
                    billingError(as(token).get(PACKAGE + "/" + created.get(0)).then(), 503, "serviceUnavailable");
                    Assertions.assertTrue((System.nanoTime() - readStarted) / 1_000_000 < 10_000, "the read's 503 came within a bounded time");
                }
            }
        }
        Assertions.assertTrue(unavailable > 0, "the outage was noticed");
        Assertions.assertTrue(created.size() >= 30, "creates before and after the outage succeeded: " + created.size());
        // the service recovered by itself, and everything it confirmed is there
        given().get("/q/health/well").then().statusCode(200);
        for (long id : created) {
            as(token).get(PACKAGE + "/" + id).then().statusCode(200);
        }
    }
}
