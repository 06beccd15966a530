package org.packagecatalogue.platform;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL primary and a streaming standby made from it with {@code pg_basebackup -R}, from
 * Debian's PostgreSQL 15 server binaries (.ci/run installs them), each its own cluster in a temporary
 * folder on its own port, run as the {@code postgres} user (PostgreSQL refuses to run as root). The
 * service gets the multi-host URL a production deployment would use for a failover.
 */
public class StandbyPair implements QuarkusTestResourceLifecycleManager {

    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    static final int PRIMARY_PORT = 15441;
    static final int STANDBY_PORT = 15442;

    private static Path root;
    private static Path primary;
    private static Path standby;

    /** Whether this machine can run a primary and a standby: Debian's PostgreSQL 15 server tools, and root to run them as postgres. */
    static boolean available() {
        String missing = !Files.isExecutable(BIN.resolve("pg_basebackup")) ? BIN.resolve("pg_basebackup") + " (Debian's postgresql-15)"
                : !Files.isExecutable(Path.of("/usr/sbin/runuser")) ? "/usr/sbin/runuser"
                : !"root".equals(System.getProperty("user.name")) ? "root (to run PostgreSQL as postgres)" : null;
        return org.packagecatalogue.support.MachineRequirements.met("SwitchoverTest", missing);
    }

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("catalogue-standby-pair");
            primary = root.resolve("primary");
            standby = root.resolve("standby");
            run("chown", "postgres:postgres", root.toString());
            asPostgres(BIN.resolve("initdb").toString(), "-D", primary.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8");
            Files.writeString(primary.resolve("postgresql.conf"), """
                    listen_addresses = 'localhost'
                    port = %d
                    wal_level = replica
                    max_wal_senders = 4
                    hot_standby = on
                    unix_socket_directories = '%s'
                    """.formatted(PRIMARY_PORT, root), java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(primary.resolve("pg_hba.conf"), "host replication postgres 127.0.0.1/32 trust\n",
                    java.nio.file.StandardOpenOption.APPEND);
            pgCtl(primary, "start");
            asPostgres(BIN.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p", String.valueOf(PRIMARY_PORT), "-U", "postgres",
                    "-D", standby.toString(), "-R", "-X", "stream");
            Files.writeString(standby.resolve("postgresql.auto.conf"), "port = %d\n".formatted(STANDBY_PORT),
                    java.nio.file.StandardOpenOption.APPEND);
            pgCtl(standby, "start");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + PRIMARY_PORT + ",127.0.0.1:" + STANDBY_PORT
                        + "/postgres?targetServerType=primary",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "quarkus.datasource.jdbc.acquisition-timeout", "2S");
    }

    /** Makes the standby the primary (it stops replaying and accepts writes), as a switchover does. */
    static void promoteStandby() {
        pgCtl(standby, "promote");
    }

    /** Stops the old primary the way a switchover or an upgrade does: a fast shutdown. */
    static void stopPrimary() {
        pgCtl(primary, "stop", "-m", "fast");
    }

    private static void pgCtl(Path data, String... command) {
        List<String> args = new ArrayList<>(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "30",
                "-l", data.resolveSibling(data.getFileName() + ".log").toString()));
        args.addAll(List.of(command));
        asPostgres(args.toArray(String[]::new));
    }

    private static void asPostgres(String... command) {
        List<String> args = new ArrayList<>(List.of("/usr/sbin/runuser", "-u", "postgres", "--"));
        args.addAll(List.of(command));
        run(args.toArray(String[]::new));
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        for (Path data : List.of(standby, primary)) {
            try {
                pgCtl(data, "stop", "-m", "immediate");
            } catch (RuntimeException e) {
                // already stopped (the old primary)
            }
        }
        run("rm", "-rf", root.toString());
    }
}
