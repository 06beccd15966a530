package org.packagecatalogue.packaged;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.packagecatalogue.support.TestCredentials;

/**
 * The packaged application (the jar, or the native executable when one was built) as its own process, on
 * a PostgreSQL of the test's: for what a {@code @QuarkusIntegrationTest} cannot do (signals, a process that
 * is meant to exit).
 */
final class PackagedApp {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    final int httpPort;
    final Path log;

    private PackagedApp(int httpPort, Path log) {
        this.httpPort = httpPort;
        this.log = log;
    }

    static PackagedApp on(int httpPort, String logName) {
        return new PackagedApp(httpPort, Path.of("target", logName));
    }

    /** Starts it on this database with the test credentials; {@code settings} add to or replace the environment. */
    Process launch(String jdbcUrl, Map<String, String> settings) throws IOException {
        return launch(jdbcUrl, settings, null);
    }

    /**
     * Starts it with this maximum heap ({@code -Xmx}; null: the native executable gets k8s/'s, the JVM its default).
     * The JVM is run as the README says to run it, with {@code -XX:+ExitOnOutOfMemoryError}; the native executable
     * has it built in.
     */
    Process launch(String jdbcUrl, Map<String, String> settings, String maxHeap) throws IOException {
        return launch(jdbcUrl, settings, maxHeap, List.of());
    }

    /** {@link #launch(String, Map, String)} with these system properties ({@code -Dname=value}), which both runtimes take. */
    Process launch(String jdbcUrl, Map<String, String> settings, String maxHeap, List<String> properties) throws IOException {
        Path path = Path.of("target").resolve(artifact().getProperty("path")).toAbsolutePath();
        List<String> command = new ArrayList<>();
        if (isNative()) {
            command.addAll(List.of(path.toString(), "-Xmx" + (maxHeap == null ? "128m" : maxHeap)));
            command.addAll(properties);
        } else {
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+ExitOnOutOfMemoryError"));
            if (maxHeap != null) {
                command.add("-Xmx" + maxHeap);
            }
            command.addAll(properties);
            command.addAll(List.of("-jar", path.toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "config/dev-only-keys/DEV-ONLY-verify-key.pem");
        env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", "config/dev-only-keys/DEV-ONLY-signing-key.pem");
        env.put("CATALOGUE_BOOTSTRAP_AGGREGATOR_KEY", TestCredentials.AGGREGATOR_KEY);
        env.put("CATALOGUE_BOOTSTRAP_AGGREGATOR_SECRET", TestCredentials.AGGREGATOR_SECRET);
        env.put("CATALOGUE_BOOTSTRAP_AGGREGATOR_NAME", "Test Aggregator");
        env.putAll(settings);
        return builder.start();
    }

    /** Whether the packaged application is the native executable. */
    static boolean isNative() throws IOException {
        return "native".equals(artifact().getProperty("type"));
    }

    /** What the build packaged: its type (jar, native) and path. */
    private static Properties artifact() throws IOException {
        Properties artifact = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("target/quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        return artifact;
    }

    void awaitReady(Process app) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(app.isAlive(), "the application stopped; see " + log);
            if (status("/q/health/ready") == 200) {
                return;
            }
            Thread.sleep(200);
        }
        fail("the application did not become ready; see " + log);
    }

    /** The status of a GET, or -1 when nothing answers. */
    int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** What the process has logged so far. */
    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    /** A token of the bootstrap aggregator. */
    String token() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + TestCredentials.AGGREGATOR_KEY + "&client_secret=" + TestCredentials.AGGREGATOR_SECRET;
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/AuthorizationServer/api/v10/Access/Login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertTrue(token.find(), answer.body());
        return token.group(1);
    }
}
