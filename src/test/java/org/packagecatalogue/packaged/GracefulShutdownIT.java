package org.packagecatalogue.packaged;

import static org.junit.jupiter.api.Assertions.*;

import io.zonky.test.db.postgres.junit5.EmbeddedPostgresExtension;
import io.zonky.test.db.postgres.junit5.SingleInstancePostgresExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SIGTERM on the packaged application (the jar, or the native executable when one was built): readiness
 * goes DOWN at once while requests are still served, then new requests are refused, a request in flight
 * still completes and is kept, and the process exits within the configured timeout.
 */
class GracefulShutdownIT {

    private static final int DB_PORT = 15436;
    private static final int HTTP_PORT = 8093;
    /** A process that stopped on SIGTERM exits with 128 + 15, as Kubernetes expects of a pod it stops. */
    private static final int EXIT_ON_SIGTERM = 143;
    private static final PackagedApp APP = PackagedApp.on(HTTP_PORT, "graceful-shutdown-it.log");
    @RegisterExtension
    static final SingleInstancePostgresExtension POSTGRES = EmbeddedPostgresExtension.singleInstance()
            .customize(builder -> builder.setPort(DB_PORT));

    @Test
    void sigtermDrainsThenExits() throws Exception {
        Process app = APP.launch("jdbc:postgresql://localhost:" + DB_PORT + "/postgres",
                Map.of("QUARKUS_SHUTDOWN_DELAY", "3s", "QUARKUS_SHUTDOWN_TIMEOUT", "15s"));
        try {
            APP.awaitReady(app);
            String token = APP.token();
            String name = "In flight " + UUID.randomUUID();
            byte[] body = ("{\"name\": \"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
            int half = body.length / 2;

            try (Socket inFlight = new Socket("localhost", HTTP_PORT)) {
                inFlight.setSoTimeout(20_000);
                OutputStream out = inFlight.getOutputStream();
                out.write(("POST /ResourceServer/api/v10/Package/ HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nAuthorization: Bearer " + token + "\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, half);
                out.flush();
                Thread.sleep(300); // the request has started

                long signalled = System.nanoTime();
                app.destroy(); // SIGTERM

                // The shutdown delay (3 s): readiness DOWN at once, everything else still served.
                awaitStatus("/q/health/ready", 503, Duration.ofSeconds(2));
                assertEquals(200, APP.status("/q/health/live"), "still serving during the delay");

                // After the delay: new requests are refused, the one in flight goes on.
                Thread.sleep(Math.max(0, 4_000 - (System.nanoTime() - signalled) / 1_000_000));
                assertTrue(app.isAlive(), "the process waits for the request in flight");
                assertEquals(503, APP.status("/q/health/live"), "a new request after the delay is refused");

                out.write(body, half, body.length - half);
                out.flush();
                String answer = readAnswer(inFlight.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 200"), "the request in flight completes: " + answer);
            }

            assertTrue(app.waitFor(20, TimeUnit.SECONDS), "the process exits within the shutdown timeout");
            assertEquals(1, count(name), "the request in flight was kept");
            assertEquals(List.of(), errorLines(), "a clean stop logs no error");
        } finally {
            app.destroyForcibly();
        }
    }

    /**
     * SIGTERM at full load (128 clients of lists, reads, Details and writes), three times over: every time the process
     * exits within its delay and timeout, and every request gets its answer or a 503, never a 500.
     */
    @RepeatedTest(3)
    void sigtermUnderFullLoadEndsWithinTheGracePeriod() throws Exception {
        Process app = APP.launch("jdbc:postgresql://localhost:" + DB_PORT + "/postgres", Map.of("QUARKUS_SHUTDOWN_DELAY", "2s",
                "QUARKUS_SHUTDOWN_TIMEOUT", "10s", "CATALOGUE_RATE_LIMIT_ENABLED", "false"));
        try {
            APP.awaitReady(app);
            long id;
            try (Connection connection = POSTGRES.getEmbeddedPostgres().getPostgresDatabase().getConnection()) {
                id = firstLoadPackage(connection);
                if (id == 0) { // the first repetition loads them
                    Load.packages(connection, 1000);
                    id = firstLoadPackage(connection);
                }
            }
            String token = APP.token();
            String get = "/ResourceServer/api/v10/Package/" + id;
            Load load = new Load(HTTP_PORT, 128, client -> switch (client % 4) {
                case 0 -> new Load.Request("GET", "/v1.0/packages", null, token);
                case 1 -> new Load.Request("GET", get, null, token);
                case 2 -> new Load.Request("GET", get + "/Detail", null, token);
                default -> new Load.Request("POST", "/ResourceServer/api/v10/Package/", "{\"name\": \"Written under load\"}", token);
            });
            boolean ended;
            long sinceSignal;
            try {
                Thread.sleep(3_000); // every client busy
                assertTrue(load.count(List.of(200)) > 0, "the load is served: " + load.statuses());
                long signalled = System.nanoTime();
                app.destroy(); // SIGTERM
                ended = app.waitFor(2 + 10 + 3, TimeUnit.SECONDS);
                sinceSignal = (System.nanoTime() - signalled) / 1_000_000;
            } finally {
                load.close();
            }
            assertTrue(ended, "the process exits within its shutdown delay and timeout; answers " + load.statuses() + "; see " + APP.log);
            assertEquals(EXIT_ON_SIGTERM, app.exitValue(), "after " + sinceSignal + " ms; see " + APP.log);
            Map<Integer, Long> statuses = load.statuses();
            statuses.keySet().removeAll(List.of(200, 503));
            assertEquals(Map.of(), statuses, "every answer was a 200 or a 503: " + load.statuses());
            assertEquals(List.of(), errorLines(), "a stop under load logs no error");
        } finally {
            app.destroyForcibly();
        }
    }

    /** The log's ERROR lines. */
    private static List<String> errorLines() {
        return APP.logText().lines().filter(line -> line.contains(" ERROR ")).toList();
    }

    /** The first of the packages Load made, or 0 if none. */
    private static long firstLoadPackage(Connection connection) throws java.sql.SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("select min(id) from package where name like 'Load package %'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void awaitStatus(String path, int expected, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        int last;
        do {
            last = APP.status(path);
            if (last == expected) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        fail(path + " answered " + last + ", expected " + expected);
    }

    /** Reads one HTTP answer: its head and a body of Content-Length bytes. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            answer.write(buffer, 0, n);
            String text = answer.toString(StandardCharsets.UTF_8);
            int headEnd = text.indexOf("\r\n\r\n");
            Matcher length = Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(text);
            if (headEnd >= 0 && length.find() && answer.size() >= headEnd + 4 + Integer.parseInt(length.group(1))) {
                break;
            }
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static int count(String name) throws Exception {
        try (Connection connection = POSTGRES.getEmbeddedPostgres().getPostgresDatabase().getConnection();
                ResultSet rows = connection.createStatement().executeQuery(
                        "select count(*) from package where name = '" + name.replace("'", "''") + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
