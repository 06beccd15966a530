package org.packagecatalogue.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packagecatalogue.support.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Locks;

/**
 * A write whose body has arrived is answered with its own outcome however long it then takes (here: waiting on the
 * package's row lock for longer than the body deadline, 2 s in tests), whether its body came with a length or in
 * chunks. A 408 would tell the client its request was not taken while the write goes on and commits.
 */
@QuarkusTest
class SlowWritesTest {

    @Inject
    AgroalDataSource pool;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void aWriteSlowerThanTheBodyDeadlineIsAnsweredWithItsOwnOutcome() throws Exception {
        String token = newDistributor().token();
        long id = createPackage(token, "Slow to write");
        Map<String, Object> patch = Map.of("packageCurrencies",
                Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 1, "currencyId", 840))));
        CompletableFuture<Response> patched;
        CompletableFuture<Response> renamed;
        CompletableFuture<java.net.http.HttpResponse<String>> chunked;
        try (Connection lock = pool.getConnection()) {
            Locks.hold(lock, "select id from package where id = ? for update", id);
            patched = CompletableFuture.supplyAsync(() -> as(token).body(patch).patch(PACKAGE + "/" + id));
            renamed = CompletableFuture.supplyAsync(() -> as(token).body(Map.of("name", "Renamed slowly")).put(PACKAGE + "/" + id));
            chunked = chunkedPatch(token, id, "{\"packageFrequencies\":{\"items\":[{\"patchType\":\"create\",\"patchClientId\":1,"
                    + "\"frequencyTypeId\":1,\"frequency\":1}]}}");
            Locks.awaitWaiters(pool, 3);
            Thread.sleep(3000); // past the body deadline, with both bodies long arrived
            lock.rollback();
        }
        Response patchAnswer = patched.get(30, TimeUnit.SECONDS);
        assertEquals(200, patchAnswer.statusCode(), patchAnswer.asString());
        Response putAnswer = renamed.get(30, TimeUnit.SECONDS);
        assertEquals(200, putAnswer.statusCode(), putAnswer.asString());
        java.net.http.HttpResponse<String> chunkedAnswer = chunked.get(30, TimeUnit.SECONDS);
        assertEquals(200, chunkedAnswer.statusCode(), chunkedAnswer.body());
        as(token).get(PACKAGE + "/" + id + "/Detail").then().statusCode(200)
                .body("instance.name", org.hamcrest.Matchers.equalTo("Renamed slowly"))
                .body("instance.details.currencies", org.hamcrest.Matchers.hasSize(1))
                .body("instance.details.frequencies", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void anMpaasUpdateSlowerThanTheBodyDeadlineIsAnsweredWithItsOwnOutcome() throws Exception {
        String token = org.packagecatalogue.support.Mpaas.token(newDistributor(), null);
        String packageId = org.packagecatalogue.support.Mpaas.createPackage(token, "Slow in the other dialect", 10, true);
        CompletableFuture<Response> updated;
        try (Connection lock = pool.getConnection()) {
            Locks.hold(lock, "select id from package where uid = ?::uuid for update", packageId.substring("PID-".length()));
            updated = CompletableFuture.supplyAsync(() -> as(token).body(Map.of("PackageId", packageId, "Price", 12))
                    .post(org.packagecatalogue.support.Mpaas.PACKAGES + "/update"));
            Locks.awaitWaiters(pool, 1);
            Thread.sleep(3000); // past the body deadline
            lock.rollback();
        }
        Response answer = updated.get(30, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals(12, answer.jsonPath().getInt("Price"));
    }

    /** A PATCH whose body is sent in chunks, without a length (as a client streaming its body does). */
    private CompletableFuture<java.net.http.HttpResponse<String>> chunkedPatch(String token, long id, String body) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + PACKAGE + "/" + id))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
