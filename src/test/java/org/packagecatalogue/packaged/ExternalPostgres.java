package org.packagecatalogue.packaged;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.packagecatalogue.support.TestCredentials;

/**
 * A PostgreSQL server outside the application, for the packaged application under test: it gets
 * the database, the JWT keys and the platform owner only through configuration, as in production.
 */
public class ExternalPostgres implements QuarkusTestResourceLifecycleManager {

    static final int PORT = 15434;
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().setPort(PORT).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + PORT + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "mp.jwt.verify.publickey.location", "config/dev-only-keys/DEV-ONLY-verify-key.pem",
                "smallrye.jwt.sign.key.location", "config/dev-only-keys/DEV-ONLY-signing-key.pem",
                "catalogue.bootstrap.aggregator.key", TestCredentials.AGGREGATOR_KEY,
                "catalogue.bootstrap.aggregator.secret", TestCredentials.AGGREGATOR_SECRET,
                "catalogue.bootstrap.aggregator.name", "Test Aggregator",
                // the suites send many requests from one client; the limit itself is tested in ProtectionTest
                "catalogue.rate-limit.requests", "100000",
                "catalogue.rate-limit.burst", "100000");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
