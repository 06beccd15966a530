package org.packagecatalogue.platform;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A PostgreSQL the test can stop and start again on the same port and data, to play an outage. */
public class ControllablePostgres implements QuarkusTestResourceLifecycleManager {

    static final int PORT = 15435;
    private static Path dataDirectory;
    private static EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("catalogue-fault-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startServer();
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + PORT + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "quarkus.datasource.jdbc.acquisition-timeout", "2S");
    }

    /** Never "clean": zonky deletes a clean data directory when the server stops, and the restart needs it. */
    static synchronized void startServer() {
        try {
            postgres = EmbeddedPostgres.builder().setPort(PORT).setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized void stopServer() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        stopServer();
    }
}
