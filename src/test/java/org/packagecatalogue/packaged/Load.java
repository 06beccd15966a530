package org.packagecatalogue.packaged;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Many clients at once on the packaged application, each on its own connection, each sending its next request as soon
 * as the last one is answered, until stopped: what a pod sees at full load. It counts the answers by status, and the
 * requests that got no answer at all (refused, or cut off).
 */
final class Load implements AutoCloseable {

    /** One request: its method, path, body (or null) and bearer token. */
    record Request(String method, String path, String body, String token) {
    }

    // HTTP/1.1: one connection per request in flight, kept between requests
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService clients;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final AtomicLong unanswered = new AtomicLong();

    /** Starts {@code connections} clients on this port; client {@code n}'s next request is {@code next.apply(n)}. */
    Load(int port, int connections, IntFunction<Request> next) {
        clients = Executors.newFixedThreadPool(connections);
        for (int n = 0; n < connections; n++) {
            int client = n;
            clients.execute(() -> {
                while (!stopped.get()) {
                    send(port, next.apply(client));
                }
            });
        }
    }

    private void send(int port, Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + request.token());
        if (request.body() != null) {
            builder.header("Content-Type", "application/json").method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            int status = http.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        } catch (IOException e) {
            unanswered.incrementAndGet();
            pause(); // refused while the process is gone: do not spin
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.set(true);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The answers so far by status, in order. */
    Map<Integer, Long> statuses() {
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    /** How many answers so far had one of these statuses. */
    long count(List<Integer> of) {
        return of.stream().mapToLong(s -> statuses.getOrDefault(s, new AtomicLong()).get()).sum();
    }

    long unanswered() {
        return unanswered.get();
    }

    @Override
    public void close() throws InterruptedException {
        stopped.set(true);
        clients.shutdown();
        clients.awaitTermination(70, TimeUnit.SECONDS);
    }

    /** Packages of the bootstrap aggregator, each with two services, as bench/load.sql makes them. */
    static void packages(Connection connection, int count) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("""
                    with aggregator as (select id from owner where kind = 'AGGREGATOR'),
                    services as (
                        insert into service (owner_id, name, description, service_category_id)
                        select aggregator.id, 'Load service ' || g, 'A service', 1 from aggregator, generate_series(1, 2) g
                        returning id),
                    packages as (
                        insert into package (owner_id, name, description, invoice_detail, default_account_package_status_type_id,
                                             package_category_id, sale_type, start_at)
                        select aggregator.id, 'Load package ' || g, 'A package of the load, number ' || g, 'Load ' || g, 1, 1, 'sip', now()
                        from aggregator, generate_series(1, %d) g
                        returning id)
                    insert into package_service (package_id, service_id, default_instances, minimum_instances, maximum_instances,
                                                 term_id, usage_class_id, service_category_id, price, monthly, item_type)
                    select packages.id, services.id, 1, 0, 2, 5, 1, 2, 1.50, true, 'sip' from packages, services
                    """.formatted(count));
        }
    }
}
