package org.packagecatalogue.catalogue.services;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packagecatalogue.support.Api.as;
import static org.packagecatalogue.support.Api.newDistributor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.packages.HeardAnnouncements;
import org.packagecatalogue.platform.ChangeFeed;
import org.packagecatalogue.support.Api;
import org.packagecatalogue.support.Contents;
import org.packagecatalogue.support.Mpaas;

/**
 * The service cache, by id (billing) and by public id (an mPaaS product), against its real PostgreSQL. A change made in
 * SQL announces nothing: the cache is seen to answer by still answering the old name, until the service's change is
 * announced, or this replica writes it.
 */
@QuarkusTest
class ServiceCacheTest {

    @Inject
    AgroalDataSource database;

    @Inject
    ChangeFeed feed;

    @Inject
    HeardAnnouncements heard;

    @BeforeEach
    void listening() {
        org.packagecatalogue.support.Listening.awaitListening(feed);
    }

    private void sql(String statement, Object... values) throws SQLException {
        org.packagecatalogue.support.Sql.run(database, statement, values);
    }

    private static String billingName(String token, long id) {
        return as(token).get(Contents.SERVICE + "/" + id).then().statusCode(200).extract().path("instance.name");
    }

    private static String productName(String token, String productId) {
        return as(token).queryParam("ProductId", productId).get("/v1.0/products").then().statusCode(200).extract().path("ProductName");
    }

    private void awaitHeard(String root) {
        await("heard " + root).atMost(Duration.ofMillis(2000)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> heard.naming(root) > 0);
    }

    @Test
    void aKeptServiceIsAnsweredInBothDialectsUntilItsChangeIsAnnounced() throws Exception {
        Api.Client distributor = newDistributor();
        String billing = distributor.token();
        String mpaas = Mpaas.token(distributor, null);
        long id = Contents.createService(billing, "Kept service");
        String productId = "PRID-" + uidOf(id);
        awaitHeard("service:" + id);
        assertEquals("Kept service", billingName(billing, id));
        assertEquals("Kept service", productName(mpaas, productId));

        sql("update service set name = 'Changed behind' where id = ?", id);
        assertEquals("Kept service", billingName(billing, id), "answered from the cache: nothing announced the change");
        assertEquals("Kept service", productName(mpaas, productId), "the product too");
        sql("select pg_notify('catalogue_changes', 'package:1,service:' || ?)", id);
        await("the announcement dropped it").atMost(Duration.ofMillis(1000)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(() -> billingName(billing, id).equals("Changed behind") && productName(mpaas, productId).equals("Changed behind"));

        as(billing).body(Map.of("name", "Renamed here")).put(Contents.SERVICE + "/" + id).then().statusCode(200);
        assertEquals("Renamed here", billingName(billing, id), "this replica's own write is read at once");
        assertEquals("Renamed here", productName(mpaas, productId));
        String etag = as(billing).get(Contents.SERVICE + "/" + id).then().extract().header("ETag");
        assertEquals(as(mpaas).queryParam("ProductId", productId).get("/v1.0/products").then().extract().header("ETag"), etag);
        as(billing).header("If-Match", etag).body(Map.of("name", "Renamed with its tag")).put(Contents.SERVICE + "/" + id)
                .then().statusCode(200);
    }

    @Test
    void aKeptServiceNeverCrossesTenants() throws Exception {
        String owner = newDistributor().token();
        Api.Client other = newDistributor();
        long id = Contents.createService(owner, "Mine");
        awaitHeard("service:" + id);
        assertEquals("Mine", billingName(owner, id));
        assertEquals("Mine", billingName(owner, id));
        String missing = as(other.token()).get(Contents.SERVICE + "/999999999").then().statusCode(404).extract().path("errors[0].message");
        String others = as(other.token()).get(Contents.SERVICE + "/" + id).then().statusCode(404).extract().path("errors[0].message");
        assertEquals(missing.replace("999999999", String.valueOf(id)), others, "another tenant's kept service is a 404 like a missing one");
        String productId = "PRID-" + uidOf(id);
        as(Mpaas.token(other, null)).queryParam("ProductId", productId).get("/v1.0/products").then().statusCode(404);
        assertEquals("Mine", billingName(Api.aggregator().token(), id), "the platform owner above it sees it");
    }

    private String uidOf(long id) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("select uid from service where id = ?")) {
            s.setLong(1, id);
            var rows = s.executeQuery();
            rows.next();
            return rows.getString(1);
        }
    }
}
