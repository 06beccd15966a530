package org.packagecatalogue.packaged;

import static org.junit.jupiter.api.Assertions.*;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.TestCredentials;

/**
 * SIGTERM on the packaged application (the jar, or the native executable when one was built): readiness
 * goes DOWN at once while requests are still served, then new requests are refused, a request in flight
 * still completes and is kept, and the process exits within the configured timeout.
 */
class GracefulShutdownIT {

    private static final int DB_PORT = 15436;
    private static final int HTTP_PORT = 8093;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().setPort(DB_PORT).start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @Test
    void sigtermDrainsThenExits() throws Exception {
        Process app = launch();
        try {
            awaitReady(app);
            String token = token();
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
                assertEquals(200, status("/q/health/live"), "still serving during the delay");

                // After the delay: new requests are refused, the one in flight goes on.
                Thread.sleep(Math.max(0, 4_000 - (System.nanoTime() - signalled) / 1_000_000));
                assertTrue(app.isAlive(), "the process waits for the request in flight");
                assertEquals(503, status("/q/health/live"), "a new request after the delay is refused");

                out.write(body, half, body.length - half);
                out.flush();
                String answer = readAnswer(inFlight.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 200"), "the request in flight completes: " + answer);
            }

            assertTrue(app.waitFor(20, TimeUnit.SECONDS), "the process exits within the shutdown timeout");
            assertEquals(1, count(name), "the request in flight was kept");
        } finally {
            app.destroyForcibly();
        }
    }

    private static Process launch() throws IOException {
        Properties artifact = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("target/quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        Path path = Path.of("target").resolve(artifact.getProperty("path")).toAbsolutePath();
        List<String> command = new ArrayList<>();
        if ("native".equals(artifact.getProperty("type"))) {
            command.addAll(List.of(path.toString(), "-Xmx128m"));
        } else {
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", path.toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/graceful-shutdown-it.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(HTTP_PORT));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + DB_PORT + "/postgres");
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "config/dev-only-keys/DEV-ONLY-verify-key.pem");
        env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", "config/dev-only-keys/DEV-ONLY-signing-key.pem");
        env.put("CATALOGUE_BOOTSTRAP_AGGREGATOR_KEY", TestCredentials.AGGREGATOR_KEY);
        env.put("CATALOGUE_BOOTSTRAP_AGGREGATOR_SECRET", TestCredentials.AGGREGATOR_SECRET);
        env.put("CATALOGUE_BOOTSTRAP_AGGREGATOR_NAME", "Test Aggregator");
        env.put("QUARKUS_SHUTDOWN_DELAY", "3s");
        env.put("QUARKUS_SHUTDOWN_TIMEOUT", "15s");
        return builder.start();
    }

    private static void awaitReady(Process app) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(app.isAlive(), "the application stopped; see target/graceful-shutdown-it.log");
            if (status("/q/health/ready") == 200) {
                return;
            }
            Thread.sleep(200);
        }
        fail("the application did not become ready; see target/graceful-shutdown-it.log");
    }

    private static void awaitStatus(String path, int expected, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        int last;
        do {
            last = status(path);
            if (last == expected) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        fail(path + " answered " + last + ", expected " + expected);
    }

    /** The status of a GET, or -1 when the connection is refused. */
    private static int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String token() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + TestCredentials.AGGREGATOR_KEY + "&client_secret=" + TestCredentials.AGGREGATOR_SECRET;
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + "/AuthorizationServer/api/v10/Access/Login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertTrue(token.find(), answer.body());
        return token.group(1);
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
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                ResultSet rows = connection.createStatement().executeQuery(
                        "select count(*) from package where name = '" + name.replace("'", "''") + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
