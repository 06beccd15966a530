package org.packagecatalogue.packaged;

import static org.junit.jupiter.api.Assertions.*;

import io.zonky.test.db.postgres.junit5.EmbeddedPostgresExtension;
import io.zonky.test.db.postgres.junit5.SingleInstancePostgresExtension;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kubernetes runs the migrations once, in a Job, and its replicas start without Flyway and without schema
 * validation (k8s/base/migrate-job.yaml, configmap.yaml): the same packaged application in both roles. The
 * Job migrates an empty database and exits by itself, creating nothing else; a replica started before it
 * has run fails its start instead of serving; one started after it serves.
 */
class MigrationJobIT {

    private static final int DB_PORT = 15437;
    private static final String JDBC_URL = "jdbc:postgresql://localhost:" + DB_PORT + "/postgres";
    private static final Map<String, String> REPLICA = Map.of(
            "QUARKUS_FLYWAY_MIGRATE_AT_START", "false",
            "QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY", "none",
            "QUARKUS_SHUTDOWN_DELAY", "0s");
    private static final Map<String, String> JOB = Map.of(
            "QUARKUS_INIT_AND_EXIT", "true",
            "QUARKUS_FLYWAY_MIGRATE_AT_START", "true",
            "QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY", "validate",
            "QUARKUS_SHUTDOWN_DELAY_ENABLED", "false");
    @RegisterExtension
    static final SingleInstancePostgresExtension POSTGRES = EmbeddedPostgresExtension.singleInstance()
            .customize(builder -> builder.setPort(DB_PORT));

    @Test
    void theJobMigratesAndExitsThenReplicasServeWithoutMigrating() throws Exception {
        PackagedApp early = PackagedApp.on(8095, "migration-job-it-early-replica.log");
        Process beforeTheJob = early.launch(JDBC_URL, REPLICA);
        try {
            assertTrue(beforeTheJob.waitFor(60, TimeUnit.SECONDS), "a replica on an unmigrated database stops");
            assertNotEquals(0, beforeTheJob.exitValue(), "and says it failed");
        } finally {
            beforeTheJob.destroyForcibly();
        }
        assertEquals(0, count("select count(*) from information_schema.tables where table_name = 'package'"));

        Process job = PackagedApp.on(8096, "migration-job-it-job.log").launch(JDBC_URL, JOB);
        try {
            assertTrue(job.waitFor(60, TimeUnit.SECONDS), "the Job exits by itself once the schema is migrated");
            assertEquals(0, job.exitValue());
        } finally {
            job.destroyForcibly();
        }
        assertEquals(count("select count(*) from flyway_schema_history where success"),
                count("select count(*) from flyway_schema_history"));
        assertTrue(count("select count(*) from flyway_schema_history where success") >= 7, "every migration applied");
        assertEquals(0, count("select count(*) from owner"), "the Job only migrates: the platform owner is the replicas' to create");

        PackagedApp replica = PackagedApp.on(8097, "migration-job-it-replica.log");
        Process serving = replica.launch(JDBC_URL, REPLICA);
        try {
            replica.awaitReady(serving);
            String token = replica.token();
            assertNotNull(token);
            assertEquals(1, count("select count(*) from owner"));
        } finally {
            serving.destroy();
            serving.waitFor(20, TimeUnit.SECONDS);
            serving.destroyForcibly();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = POSTGRES.getEmbeddedPostgres().getPostgresDatabase().getConnection();
                ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
