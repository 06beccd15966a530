package org.packagecatalogue.platform;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Mpaas;
import org.packagecatalogue.support.Parallel;

@QuarkusTest
class IdempotencyTest {

    @Test
    void aRetryGetsTheFirstAnswerAndWritesNothing() {
        String token = newDistributor().token();
        String key = UUID.randomUUID().toString();
        String first = as(token).header("Idempotency-Key", key).body(Map.of("name", "Once")).post(PACKAGE + "/")
                .then().statusCode(200).extract().asString();
        String again = as(token).header("Idempotency-Key", key).body(Map.of("name", "Once")).post(PACKAGE + "/")
                .then().statusCode(200).extract().asString();
        Assertions.assertEquals(first, again, "the same answer, trackingId included");
        as(token).get(PACKAGE + "/").then().body("totalCount", equalTo(1));
        // another key is another create
        as(token).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("name", "Once")).post(PACKAGE + "/").then().statusCode(200);
        as(token).get(PACKAGE + "/").then().body("totalCount", equalTo(2));
    }

    @Test
    void theSameKeyWithAnotherBodyIsA409ThatSaysSo() {
        String token = newDistributor().token();
        String key = UUID.randomUUID().toString();
        as(token).header("Idempotency-Key", key).body(Map.of("name", "First")).post(PACKAGE + "/").then().statusCode(200);
        billingError(as(token).header("Idempotency-Key", key).body(Map.of("name", "Second")).post(PACKAGE + "/").then(), 409, "conflict")
                .body("errors", equalTo(List.of(Map.of("code", "conflict", "message",
                        "this Idempotency-Key was already used with a different request; use a new key for a new request"))));
        Mpaas.error(as(token).header("Idempotency-Key", key).body(Map.of("PackageName", "x", "Type", "sip", "Price", 1, "Monthly", true))
                .post(Mpaas.PACKAGES).then(), 409, "Conflict");
    }

    @Test
    void aFailedFirstAttemptLeavesTheKeyFreeForTheRetry() {
        String token = newDistributor().token();
        String key = UUID.randomUUID().toString();
        billingError(as(token).header("Idempotency-Key", key).body(Map.of("name", "")).post(PACKAGE + "/").then(), 400, "validation");
        as(token).header("Idempotency-Key", key).body(Map.of("name", "")).post(PACKAGE + "/").then().statusCode(400);
        String other = UUID.randomUUID().toString();
        as(token).header("Idempotency-Key", other).body(Map.of("name", "Fixed")).post(PACKAGE + "/").then().statusCode(200);
    }

    @Test
    void fiftyParallelRetriesOfOneCreateMakeOnePackage() throws Exception {
        String token = Mpaas.token(newDistributor(), null);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("PackageName", "Exactly once", "Type", "sip", "Price", 9, "Monthly", true);
        List<Callable<Response>> retries = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            retries.add(() -> as(token).header("Idempotency-Key", key).body(body).post(Mpaas.PACKAGES));
        }
        List<String> packageIds = new ArrayList<>();
        for (Response r : Parallel.run(16, retries)) {
            Assertions.assertEquals(200, r.statusCode(), r.asString());
            packageIds.add(r.jsonPath().getString("PackageId"));
        }
        Assertions.assertEquals(1, packageIds.stream().distinct().count(), "every retry answers the same package");
        as(token).get(Mpaas.PACKAGES).then().statusCode(200).body("Packages", hasSize(1));
    }

    @Test
    void patchesAreIdempotentToo() {
        String token = newDistributor().token();
        long id = createPackage(token, "Patched once");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("packageCurrencies", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 1, "currencyId", 840))));
        as(token).header("Idempotency-Key", key).body(body).patch(PACKAGE + "/" + id).then().statusCode(200).header("ETag", notNullValue());
        as(token).header("Idempotency-Key", key).body(body).patch(PACKAGE + "/" + id).then().statusCode(200)
                .body("results.items[0].dtoTypeKey", equalTo("packageCurrency"));
        as(token).get(PACKAGE + "/" + id + "/Detail").then().body("instance.details.currencies", hasSize(1));
    }
}
