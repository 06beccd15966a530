package org.packagecatalogue.platform;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Mpaas;

/**
 * The unpaged lists are written item by item: an answer longer than the output buffer goes out in chunks, without a
 * Content-Length, and is still whole and in order. More lists than there are turns (catalogue.list.max-in-flight) are
 * all served, each waiting its turn.
 */
@QuarkusTest
class StreamedListsTest {

    private static final String SERVICE = "/ResourceServer/api/v10/Service/";
    private static final String LONG_TEXT = "x".repeat(400);

    @Test
    void longListsStreamWholeAndInOrderInBothDialects() {
        String token = newDistributor().token();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = String.format("Streamed %02d", i);
            names.add(name);
            as(token).body(Map.of("name", name, "description", LONG_TEXT)).post(PACKAGE + "/").then().statusCode(200);
            as(token).body(Map.of("name", name, "description", LONG_TEXT)).post(SERVICE).then().statusCode(200);
        }
        Response packages = as(token).get(PACKAGE + "/");
        streamed(packages);
        packages.then().body("totalCount", equalTo(40)).body("items.name", contains(names.toArray()))
                .body("items.description", everyItem(equalTo(LONG_TEXT)))
                .body("trackingId", not(emptyOrNullString()));
        Response services = as(token).get(SERVICE);
        streamed(services);
        services.then().body("totalCount", equalTo(40)).body("items.name", contains(names.toArray()));

        Response offers = as(token).get(Mpaas.PACKAGES);
        streamed(offers);
        offers.then().body("Packages.PackageName", contains(names.toArray()))
                .body("Packages.Description", everyItem(equalTo(LONG_TEXT)))
                .body("Packages.Price", everyItem(equalTo(0)))
                .body("Packages.Active", everyItem(equalTo(true)));
        Response products = as(token).get("/v1.0/products");
        streamed(products);
        products.then().body("Products.ProductName", contains(names.toArray()));
    }

    @Test
    void manyListsAtOnceAreAllServed() throws Exception {
        String token = newDistributor().token();
        for (int i = 0; i < 5; i++) {
            createPackage(token, "Concurrent " + i);
        }
        ExecutorService clients = Executors.newFixedThreadPool(24);
        try {
            List<Future<Integer>> answers = IntStream.range(0, 48)
                    .mapToObj(i -> clients.submit(() -> {
                        Response answer = i % 2 == 0 ? as(token).get(PACKAGE + "/") : as(token).get(Mpaas.PACKAGES);
                        return answer.statusCode() == 200 && answer.asString().contains("Concurrent 4") ? 200 : answer.statusCode();
                    }))
                    .toList();
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** A HEAD runs the list's method but writes no body: its listing gives its turn back all the same. */
    @Test
    void headRequestsLeaveNoConnectionOpen() {
        String token = newDistributor().token();
        createPackage(token, "Headed");
        // far more than the 8 turns: one kept per request would leave the next list waiting, then refused
        for (int i = 0; i < 25; i++) {
            as(token).head(PACKAGE + "/").then().statusCode(200);
            as(token).head(Mpaas.PACKAGES).then().statusCode(200);
            as(token).head(SERVICE).then().statusCode(200);
            as(token).head("/v1.0/products").then().statusCode(200);
        }
        as(token).get(PACKAGE + "/").then().statusCode(200).body("items.name", contains("Headed"));
        as(token).body(Map.of("name", "After the heads")).post(PACKAGE + "/").then().statusCode(200);
    }

    private static void streamed(Response answer) {
        answer.then().statusCode(200).contentType(containsString("application/json"))
                .header("Transfer-Encoding", "chunked").header("Content-Length", nullValue());
    }
}
