package org.packagecatalogue.platform;

import static org.packagecatalogue.support.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Mpaas;

/**
 * A request that gets no pooled connection within the acquisition timeout (here a pool of two, both held by
 * the test) is answered 503 with Retry-After in its dialect's shape, never 500; once a connection is free again,
 * requests are served.
 */
@QuarkusTest
@TestProfile(PoolExhaustionTest.PoolOfTwo.class)
class PoolExhaustionTest {

    public static class PoolOfTwo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2", "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Inject
    AgroalDataSource pool;

    @Test
    void noConnectionWithinTheTimeoutIsA503InEachDialect() throws Exception {
        String token = newDistributor().token();
        long id = createPackage(token, "Waiting for a connection");
        try (Connection one = pool.getConnection(); Connection other = pool.getConnection()) {
            billingError(as(token).get(PACKAGE + "/" + id).then(), 503, "serviceUnavailable").header("Retry-After", "2");
            billingError(as(token).body(Map.of("name", "x")).put(PACKAGE + "/" + id).then(), 503, "serviceUnavailable");
            Mpaas.error(as(token).get(Mpaas.PACKAGES).then(), 503, "Service unavailable").header("Retry-After", "2");
        }
        as(token).get(PACKAGE + "/" + id).then().statusCode(200);
    }
}
