package org.packagecatalogue.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/** A real HTTP receiver of the test's own, on loopback: it keeps every request it gets and answers what the test says. */
public final class Receiver implements AutoCloseable {

    /** One request as it arrived: its headers (names in lower case) and its body. */
    public record Received(Map<String, List<String>> headers, String body, long at) {
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile IntSupplier status = () -> 200;
    private volatile Duration delay = Duration.ZERO;
    private volatile String location;
    private String scheme = "http";

    public Receiver() throws IOException {
        this(null);
    }

    /** An HTTPS receiver, with the key and certificate of this PKCS12 key store ({@link TestTls}). */
    public static Receiver https(TestTls.Identity identity) throws IOException {
        return new Receiver(identity);
    }

    private Receiver(TestTls.Identity identity) throws IOException {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (identity == null) {
            server = HttpServer.create(loopback, 50);
        } else {
            com.sun.net.httpserver.HttpsServer https = com.sun.net.httpserver.HttpsServer.create(loopback, 50);
            https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(identity.serverContext()));
            server = https;
            scheme = "https";
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), new ArrayList<>(v)));
            received.add(new Received(headers, new String(body, StandardCharsets.UTF_8), System.nanoTime()));
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int code = status.getAsInt();
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
        server.start();
    }

    /** http(s)://localhost:port/hook: localhost is in the tests' catalogue.webhooks.allowed-hosts. */
    public String url() {
        return scheme + "://localhost:" + server.getAddress().getPort() + "/hook";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public Receiver answering(IntSupplier status) {
        this.status = status;
        return this;
    }

    public Receiver redirectingTo(String location) {
        this.location = location;
        this.status = () -> 302;
        return this;
    }

    public Receiver hanging(Duration delay) {
        this.delay = delay;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until the condition holds, at most {@code seconds}; true if it did. */
    public static boolean await(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
