package org.packagecatalogue.platform;

import static org.packagecatalogue.support.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Contents;
import org.packagecatalogue.support.Mpaas;

/**
 * Every request gives its pooled connection back, whether it succeeds or is refused part-way through a
 * locked write (412, 409, 400): after many of each, the whole pool can still be taken at once.
 */
@QuarkusTest
class NoConnectionLeaksTest {

    private static final String SERVICE = "/ResourceServer/api/v10/Service";

    @Inject
    AgroalDataSource pool;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @Test
    void refusedLockedWritesGiveTheirConnectionsBack() throws Exception {
        String token = newDistributor().token();
        long service = Contents.createService(token, "Held");
        long pkg = createPackage(token, "Holder");
        String etag = as(token).get(SERVICE + "/" + service).then().statusCode(200).extract().header("ETag");
        as(token).body(Map.of("description", "moved on")).put(SERVICE + "/" + service).then().statusCode(200);
        String mpaasToken = Mpaas.token(newDistributor(), null);
        String product = as(mpaasToken).body(Map.of("ProductName", "P")).post("/v1.0/products").then().statusCode(200)
                .extract().path("ProductId");
        for (int i = 0; i < poolSize + 5; i++) {
            as(token).header("If-Match", etag).body(Map.of("name", "stale")).put(SERVICE + "/" + service).then().statusCode(412);
            as(token).body(Map.of("name", "")).put(SERVICE + "/" + service).then().statusCode(400);
            as(token).header("If-Match", "\"999\"").delete(PACKAGE + "/" + pkg).then().statusCode(412);
            as(mpaasToken).body(Map.of("ProductId", product, "ProductName", "")).post("/v1.0/products/update").then().statusCode(400);
        }
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                taken.add(pool.getConnection());
            }
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
    }
}
