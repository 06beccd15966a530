package org.packagecatalogue.catalogue.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;
import org.packagecatalogue.support.Mpaas;

/**
 * Each way either dialect changes a package fires exactly one {@link PackageChanged}, the hook of later
 * capabilities (history, events, cache invalidation), with the version the client then reads as its ETag.
 */
@QuarkusTest
class EveryWritePassesThroughTheWriterTest {

    private static final String PACKAGE = "/ResourceServer/api/v10/Package";

    @Inject
    RecordedChanges recorded;

    private PackageChanged one(PackageChanged.Kind kind, Runnable write) {
        recorded.take();
        write.run();
        List<PackageChanged> changes = recorded.take();
        assertEquals(1, changes.size(), "one change fired: " + changes);
        assertEquals(kind, changes.get(0).kind());
        return changes.get(0);
    }

    private static long etag(Supplier<String> header) {
        return Long.parseLong(header.get().replace("\"", "").replace("W/", ""));
    }

    @Test
    void billingWrites() {
        String token = newDistributor().token();
        long[] id = new long[1];
        PackageChanged created = one(PackageChanged.Kind.CREATED, () -> id[0] = createPackage(token, "Hooked"));
        assertEquals(id[0], created.packageId());
        PackageChanged put = one(PackageChanged.Kind.CHANGED, () ->
                as(token).body(Map.of("name", "Hooked 2")).put(PACKAGE + "/" + id[0]).then().statusCode(200));
        assertEquals(etag(() -> as(token).get(PACKAGE + "/" + id[0]).then().extract().header("ETag")), put.version());
        PackageChanged patch = one(PackageChanged.Kind.CHANGED, () -> as(token).body(Map.of("packageCurrencies",
                Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 1, "currencyId", 840)))))
                .patch(PACKAGE + "/" + id[0]).then().statusCode(200));
        assertEquals(put.version() + 1, patch.version(), "a change of the contents alone is a new version");
        one(PackageChanged.Kind.DELETED, () -> as(token).delete(PACKAGE + "/" + id[0]).then().statusCode(200));
    }

    @Test
    void mpaasWrites() {
        Api.Client distributor = newDistributor();
        String token = Mpaas.token(distributor, null);
        String[] pid = new String[1];
        one(PackageChanged.Kind.CREATED, () -> pid[0] = Mpaas.createPackage(token, "Hooked", 5, true));
        PackageChanged update = one(PackageChanged.Kind.CHANGED, () ->
                as(token).body(Map.of("PackageId", pid[0], "Price", 7)).post(Mpaas.PACKAGES + "/update").then().statusCode(200));
        String product = as(token).body(Map.of("ProductName", "P")).post("/v1.0/products").then().statusCode(200).extract().path("ProductId");
        String[] item = new String[1];
        PackageChanged added = one(PackageChanged.Kind.CHANGED, () -> item[0] = as(token)
                .body(Map.of("PackageId", pid[0], "ProductId", product)).post(Mpaas.PACKAGES + "/items/add").then().statusCode(200)
                .extract().path("PackageItemId"));
        assertEquals(update.version() + 1, added.version());
        PackageChanged removed = one(PackageChanged.Kind.CHANGED, () ->
                as(token).body(Map.of("PackageItemId", item[0])).post(Mpaas.PACKAGES + "/items/delete").then().statusCode(200));
        assertEquals(etag(() -> as(token).queryParam("PackageId", pid[0]).get(Mpaas.PACKAGES).then().extract().header("ETag")),
                removed.version());
        one(PackageChanged.Kind.DELETED, () -> as(token).body(Map.of("PackageId", pid[0])).post(Mpaas.PACKAGES + "/delete").then().statusCode(200));
    }

    @Test
    void aRefusedChangeFiresNothing() {
        String token = newDistributor().token();
        long id = createPackage(token, "Unchanged");
        recorded.take();
        as(token).body(Map.of("name", "")).put(PACKAGE + "/" + id).then().statusCode(400);
        assertEquals(List.of(), recorded.take());
    }
}
