package org.packagecatalogue.billing;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Mpaas;
import org.packagecatalogue.support.Parallel;

/** No lost updates: ETags on reads, If-Match on writes (412 when stale), writers of one package take turns. */
@QuarkusTest
class ConcurrencyTest {

    @Test
    void readsSendTheVersionAndStaleWritesAreRefused() {
        String token = newDistributor().token();
        long id = createPackage(token, "Versioned");
        String etag = as(token).get(PACKAGE + "/" + id).then().statusCode(200).header("ETag", matchesPattern("\"\\d+\"")).extract().header("ETag");
        // a Detail's ETag: the package's version, then its services' (none yet)
        String detailTag = as(token).get(PACKAGE + "/" + id + "/Detail").then().statusCode(200)
                .header("ETag", equalTo(etag.replace("\"", "") .transform(v -> "\"" + v + ".0\""))).extract().header("ETag");
        // as If-Match it names the package's version
        as(token).header("If-Match", detailTag).body(Map.of("name", "Versioned")).put(PACKAGE + "/" + id).then().statusCode(200);

        String next = as(token).header("If-Match", etag).body(Map.of("name", "Versioned 2")).put(PACKAGE + "/" + id).then()
                .statusCode(200).header("ETag", not(equalTo(etag))).extract().header("ETag");
        billingError(as(token).header("If-Match", etag).body(Map.of("name", "lost")).put(PACKAGE + "/" + id).then(), 412, "preconditionFailed");
        billingError(as(token).header("If-Match", etag).delete(PACKAGE + "/" + id).then(), 412, "preconditionFailed");
        billingError(as(token).header("If-Match", "\"garbage\"").body(Map.of("name", "x")).put(PACKAGE + "/" + id).then(), 412, "preconditionFailed");
        as(token).get(PACKAGE + "/" + id).then().body("instance.name", equalTo("Versioned 2"));

        // any PATCH is a new version, even one that only changes the contents
        String afterPatch = as(token).header("If-Match", next).body(Map.of("packageCurrencies", Map.of("items", List.of(
                        Map.of("patchType", "create", "patchClientId", 1, "currencyId", 840)))))
                .patch(PACKAGE + "/" + id).then().statusCode(200).header("ETag", not(equalTo(next))).extract().header("ETag");
        billingError(as(token).header("If-Match", next).body(Map.of("packageCurrencies", Map.of("items", List.of(
                        Map.of("patchType", "create", "patchClientId", 1, "currencyId", 978)))))
                .patch(PACKAGE + "/" + id).then(), 412, "preconditionFailed");
        as(token).header("If-Match", afterPatch).header("If-Match", afterPatch).delete(PACKAGE + "/" + id).then().statusCode(200);
    }

    @Test
    void ofParallelConflictingUpdatesOneWinsAndTheRestAre412() throws Exception {
        String token = newDistributor().token();
        long id = createPackage(token, "Contended");
        String etag = as(token).get(PACKAGE + "/" + id).then().extract().header("ETag");
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            writers.add(() -> as(token).header("If-Match", etag).body(Map.of("name", "Writer " + n)).put(PACKAGE + "/" + id)
                    .then().extract().statusCode());
        }
        List<Integer> statuses = Parallel.run(8, writers);
        Assertions.assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one winner: " + statuses);
        Assertions.assertEquals(7, statuses.stream().filter(s -> s == 412).count(), "the rest are 412: " + statuses);
    }

    @Test
    void parallelPatchesWithoutIfMatchLoseNothing() throws Exception {
        String token = newDistributor().token();
        long id = createPackage(token, "Busy");
        // each writer sets a different flag of the same package row, and adds a currency
        String[] flags = {"fullPeriod", "postPaid", "billOnAccountBillDay", "chargeRecurringIfUsage", "isGlobalAddOnEligible", "isQuantityAllowed"};
        int[] currencies = {840, 978, 826, 392, 124, 36};
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < flags.length; i++) {
            Map<String, Object> body = Map.of(
                    "packages", Map.of("items", List.of(Map.of("patchType", "update", "patchClientId", 1, flags[i], true))),
                    "packageCurrencies", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 2, "currencyId", currencies[i]))));
            writers.add(() -> as(token).body(body).patch(PACKAGE + "/" + id).then().extract().statusCode());
        }
        for (int status : Parallel.run(flags.length, writers)) {
            Assertions.assertEquals(200, status, "writers of one package take turns; none fails");
        }
        var detail = as(token).get(PACKAGE + "/" + id + "/Detail").then().statusCode(200)
                .body("instance.details.currencies", hasSize(currencies.length))
                .extract().jsonPath();
        for (String flag : flags) {
            Assertions.assertTrue(detail.getBoolean("instance." + flag), flag + " was not overwritten by another writer");
        }
    }

    @Test
    void theMpaasDialectHonoursTheSameTags() {
        String token = Mpaas.token(newDistributor(), null);
        String pid = Mpaas.createPackage(token, "Tagged", 5, true);
        String etag = as(token).queryParam("PackageId", pid).get(Mpaas.PACKAGES).then().statusCode(200).extract().header("ETag");
        as(token).header("If-Match", etag).body(Map.of("PackageId", pid, "Price", 6)).post(Mpaas.PACKAGES + "/update").then()
                .statusCode(200).header("ETag", not(equalTo(etag)));
        Mpaas.error(as(token).header("If-Match", etag).body(Map.of("PackageId", pid, "Price", 7)).post(Mpaas.PACKAGES + "/update").then(),
                412, "Precondition failed");
        Mpaas.error(as(token).header("If-Match", etag).body(Map.of("PackageId", pid)).post(Mpaas.PACKAGES + "/delete").then(),
                412, "Precondition failed");
    }
}
