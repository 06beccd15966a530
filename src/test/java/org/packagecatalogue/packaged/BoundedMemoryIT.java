package org.packagecatalogue.packaged;

import static org.junit.jupiter.api.Assertions.*;

import io.zonky.test.db.postgres.junit5.EmbeddedPostgresExtension;
import io.zonky.test.db.postgres.junit5.SingleInstancePostgresExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The packaged application at -Xmx64m under 128 slow readers of the 1,000-package mPaaS list, then 128 clients of pages
 * of 100 Details: it stays up, never runs out of memory, answers each of them the whole list (or page) or a 503, and its
 * resident memory after them stays within the bound README's "Native executable" states. Then 128 readers that ask for a
 * page of 1,000 packages and read nothing: Netty's pool stays bounded while they stall. What each of them holds is
 * bounded by the pools (threads, connections, a connection's write queue, the turns of lists and heavy requests), not
 * by how slowly they read or how many they are.
 */
class BoundedMemoryIT {

    private static final int DB_PORT = 15450;
    private static final int HTTP_PORT = 8104;
    private static final PackagedApp APP = PackagedApp.on(HTTP_PORT, "bounded-memory-it.log");
    private static final int READERS = 128;
    /**
     * README, "Native executable": resident memory after this load, at -Xmx64m. The JVM's is mostly what is not its
     * heap (compiled code, metadata), and has a bound of its own.
     */
    private static final long NATIVE_RSS_BOUND_MB = 224;
    private static final long JVM_RSS_BOUND_MB = 400;
    /** As many clients as there are worker threads, each reading as fast as it can. */
    private static final int FAST_READERS = 32;
    /**
     * The direct memory Netty's buffer pool may hold after them (README, "Native executable": direct memory). A list
     * or a large page written by a worker waits for the event loop at most PacedOutput.WINDOW at a time, a kept list is written from
     * its kept bytes, and each thread keeps at most 32 freed buffers of a size (Main). Before, workers handed whole lists
     * to busy event loops and kept up to 2 MB of freed buffers each: the pool held 39-64 MB after such load, all the
     * direct memory -Xmx64m allows, and the process exited.
     */
    private static final long POOLED_DIRECT_BOUND = 32L * 1024 * 1024;
    private static final String POOLED_DIRECT_USED =
            "netty_allocator_memory_used\\{allocator_type=\"PooledByteBufAllocator\",memory_type=\"direct\",name=\"pooled\"\\}";

    @RegisterExtension
    static final SingleInstancePostgresExtension POSTGRES = EmbeddedPostgresExtension.singleInstance()
            .customize(builder -> builder.setPort(DB_PORT));

    @Test
    void slowReadersOfTheLongestListHoldBoundedMemory() throws Exception {
        Process app = APP.launch("jdbc:postgresql://localhost:" + DB_PORT + "/postgres", Map.of("CATALOGUE_RATE_LIMIT_ENABLED", "false"), "64m");
        try {
            APP.awaitReady(app);
            try (Connection connection = POSTGRES.getEmbeddedPostgres().getPostgresDatabase().getConnection()) {
                Load.packages(connection, 1000);
            }
            String token = APP.token();
            Map<String, Long> counts = outcomesOf(20, () -> readSlowly(token));
            assertTrue(app.isAlive(), "still up after " + counts + "; see " + APP.log);
            assertEquals(200, APP.status("/q/health/live"));
            assertEquals(Set.of(), others(counts, "200 whole", "503"), "every reader got the whole list or a 503: " + counts);
            assertTrue(counts.getOrDefault("200 whole", 0L) > 0, "lists were served: " + counts);
            Map<String, Long> pages;
            ExecutorService httpThreads = Executors.newFixedThreadPool(4);
            try {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpThreads).build();
                AtomicLong asked = new AtomicLong();
                pages = outcomesOf(15, () -> pageOfDetails(http, token, (int) (asked.getAndIncrement() % 10) + 1));
            } finally {
                httpThreads.shutdownNow();
            }
            assertEquals(Set.of(), others(pages, "200", "503"), "each page of Details came, or a 503: " + pages);
            assertTrue(pages.getOrDefault("200", 0L) > 0, "pages of Details were served: " + pages);
            assertTrue(app.isAlive(), "still up after " + pages + "; see " + APP.log);
            Map<String, Long> lists = fastReadersOfLists(token);
            assertEquals(Set.of(), others(lists, "200", "503"), "each list came, or a 503: " + lists);
            assertTrue(app.isAlive(), "still up after " + lists + "; see " + APP.log);
            assertEquals("32.0", metric("netty_allocator_pooled_cache_size\\{allocator_type=\"PooledByteBufAllocator\",cache_type=\"small\",name=\"pooled\"\\}"),
                    "the pool the running application made keeps what Main set (Netty makes it at run time)");
            long pooled = (long) Double.parseDouble(metric(
                    POOLED_DIRECT_USED));
            assertTrue(pooled <= POOLED_DIRECT_BOUND, "Netty's pool holds " + pooled + " bytes after them, over " + POOLED_DIRECT_BOUND);
            assertFalse(APP.logText().contains("OutOfMemoryError"), "see " + APP.log);
            long rss = residentMb(app.pid());
            System.out.println("128 slow readers at -Xmx64m: " + counts + ", then 128 clients of Paged/Detail: " + pages
                    + ", then " + FAST_READERS + " fast readers of lists and a page: " + lists + "; Netty's pool " + pooled / 1024
                    + " KB; resident after them " + rss + " MB");
            long bound = PackagedApp.isNative() ? NATIVE_RSS_BOUND_MB : JVM_RSS_BOUND_MB;
            assertTrue(rss <= bound, "resident " + rss + " MB after them, over " + bound);

            long stalled = pooledWhileStalled(token);
            System.out.println(READERS + " stalled readers of a page of 1,000 packages: Netty's pool " + stalled / 1024 + " KB");
            assertTrue(stalled <= POOLED_DIRECT_BOUND, "Netty's pool holds " + stalled + " bytes for " + READERS
                    + " readers that read nothing, over " + POOLED_DIRECT_BOUND);
            assertTrue(app.isAlive(), "still up after the stalled readers; see " + APP.log);
            assertEquals(200, APP.status("/q/health/live"));
        } finally {
            app.destroyForcibly();
        }
    }

    /**
     * Netty's pool while READERS clients have asked for a page of 1,000 packages and read nothing, each with a small
     * receive window (so the kernel takes little of an answer): a page written whole would wait in the pool for them
     * (52 MB of the 64 MB of direct memory by hand, with the binary before pages were paced); written paced, a worker
     * waits for the connection instead.
     */
    private static long pooledWhileStalled(String token) throws IOException, InterruptedException {
        java.util.List<Socket> readers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < READERS; i++) {
                Socket socket = new Socket();
                socket.setReceiveBufferSize(4096);
                socket.connect(new java.net.InetSocketAddress("localhost", HTTP_PORT));
                socket.getOutputStream().write(("GET /ResourceServer/api/v10/Package/Paged?pageNumber=1&pageSize=1000 HTTP/1.1\r\n"
                        + "Host: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                readers.add(socket);
            }
            Thread.sleep(3000); // the workers write what they can meanwhile
            return (long) Double.parseDouble(metric(
                    POOLED_DIRECT_USED));
        } finally {
            for (Socket socket : readers) {
                socket.close();
            }
        }
    }

    /** READERS clients, each asking again and again for SECONDS: how many times each outcome came, by outcome. */
    private static Map<String, Long> outcomesOf(int seconds, Supplier<String> oneRequest) throws InterruptedException {
        return outcomesOf(READERS, seconds, oneRequest);
    }

    private static Map<String, Long> outcomesOf(int readers, int seconds, Supplier<String> oneRequest) throws InterruptedException {
        Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(readers);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int i = 0; i < readers; i++) {
            clients.execute(() -> {
                while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
                    outcomes.computeIfAbsent(oneRequest.get(), k -> new AtomicLong()).incrementAndGet();
                }
            });
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(120, TimeUnit.SECONDS), "the clients finished");
        Map<String, Long> counts = new TreeMap<>();
        outcomes.forEach((outcome, count) -> counts.put(outcome, count.get()));
        return counts;
    }

    /** The outcomes counted other than those expected. */
    private static Set<String> others(Map<String, Long> counts, String... expected) {
        Set<String> others = new TreeSet<>(counts.keySet());
        others.removeAll(Set.of(expected));
        return others;
    }

    /**
     * FAST_READERS clients reading the billing list (written afresh by a worker for each answer: it carries its
     * trackingId) as fast as they can, then a page of 100 Details, then the kept mPaaS list: their outcomes.
     */
    private static Map<String, Long> fastReadersOfLists(String token) throws InterruptedException {
        ExecutorService httpThreads = Executors.newFixedThreadPool(4);
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpThreads).build();
            Map<String, Long> outcomes = new TreeMap<>(outcomesOf(FAST_READERS, 10, () -> status(http, token, "/ResourceServer/api/v10/Package/")));
            // the same page of 100 Details: its Details' kept renderings make it fast; it is written paced (JsonStreams.paced)
            outcomesOf(FAST_READERS, 10, () -> pageOfDetails(http, token, 1)).forEach((outcome, count) -> outcomes.merge(outcome, count, Long::sum));
            outcomesOf(FAST_READERS, 5, () -> status(http, token, "/v1.0/packages")).forEach((outcome, count) -> outcomes.merge(outcome, count, Long::sum));
            return outcomes;
        } finally {
            httpThreads.shutdownNow();
        }
    }

    /** The status of one GET, read whole, or how it failed. */
    private static String status(HttpClient http, String token, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build();
        try {
            return Integer.toString(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return "failed: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The value of one metric (a regular expression of its name and labels) of the application's. */
    private static String metric(String nameAndLabels) throws IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + "/q/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("(?m)^" + nameAndLabels + " (\\S+)$").matcher(metrics);
        assertTrue(value.find(), "the metrics give " + nameAndLabels);
        return value.group(1);
    }

    /**
     * One page of 100 Details, each holding the page's packages with their contents while it is built and written:
     * their count in memory is bounded by catalogue.heavy-requests.max-in-flight, not by the clients. Its status.
     */
    private static String pageOfDetails(HttpClient http, String token, int page) {
        return status(http, token, "/ResourceServer/api/v10/Package/Paged/Detail?pageSize=100&pageNumber=" + page);
    }

    /**
     * One GET of the list, read 4 KB at a time with a pause between: "200 whole" when the whole answer came (a
     * complete JSON document), its status otherwise, or "cut off" when the connection ended before the answer did.
     */
    private static String readSlowly(String token) {
        try (Socket socket = new Socket("localhost", HTTP_PORT)) {
            socket.setSoTimeout(60_000);
            socket.setReceiveBufferSize(4096); // the kernel must not read ahead for us
            OutputStream out = socket.getOutputStream();
            out.write(("GET /v1.0/packages HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] chunk = new byte[4096];
            for (int n; (n = in.read(chunk)) > 0; ) {
                answer.write(chunk, 0, n);
                Thread.sleep(5);
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            String status = text.length() >= 12 ? text.substring(9, 12) : "cut off";
            if (!status.equals("200")) {
                return status;
            }
            return text.endsWith("]}") || text.endsWith("]}\r\n\r\n") || text.endsWith("]}\r\n0\r\n\r\n") ? "200 whole" : "200 cut off";
        } catch (IOException e) {
            return "cut off: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static long residentMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }
}
