import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sequential crawls of a paged list, for bench/run: each of CONNECTIONS clients reads pages 1, 2, 3… of PATH (which
 * holds PAGE, the page number) one after another, as a client walking a whole catalogue does, and starts again at page 1
 * after the last. It runs for SECONDS, or, with SECONDS 0, until each client has read every page once.
 *
 *   java bench/Crawl.java BASE_URL TOKEN PATH PAGES CONNECTIONS SECONDS
 *
 * Prints one line: RESULT pages=… seconds=… pps=… (pages per second, all clients), first_ms=… and last_ms=… (the mean
 * time of a page in the first and the last 2 % of the list, over the pages read there), first_last=… (last ÷ first in
 * pages per second, that is first_ms ÷ last_ms) and errors=… (answers other than 200, and failed requests).
 * Each client first reads page 1 for WARMUP_SECONDS (3) unmeasured, so that this client's own JIT warm-up does not
 * weigh on the first pages; the crawl starts when every client has warmed up.
 */
public class Crawl {

    static final int WARMUP_SECONDS = 3;

    static HttpRequest request(String base, String path, String token, int page) {
        return HttpRequest.newBuilder(URI.create(base + path.replace("PAGE", Integer.toString(page))))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    public static void main(String[] args) throws Exception {
        String base = args[0], token = args[1], path = args[2];
        int pages = Integer.parseInt(args[3]), connections = Integer.parseInt(args[4]), seconds = Integer.parseInt(args[5]);
        int edge = Math.max(1, pages / 50);
        AtomicLong startedAt = new AtomicLong();
        CyclicBarrier warmedUp = new CyclicBarrier(connections, () -> startedAt.set(System.nanoTime()));
        AtomicLong read = new AtomicLong(), errors = new AtomicLong();
        AtomicLong firstNanos = new AtomicLong(), firstCount = new AtomicLong(), lastNanos = new AtomicLong(), lastCount = new AtomicLong();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread client = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                for (long warm = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L; System.nanoTime() < warm; ) {
                    try {
                        http.send(request(base, path, token, 1), HttpResponse.BodyHandlers.ofByteArray());
                    } catch (Exception e) {
                        break;
                    }
                }
                try {
                    warmedUp.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                long end = seconds > 0 ? startedAt.get() + seconds * 1_000_000_000L : Long.MAX_VALUE;
                int page = 1;
                while (System.nanoTime() < end) {
                    HttpRequest request = request(base, path, token, page);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - t0;
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else {
                            read.incrementAndGet();
                            if (page <= edge) {
                                firstNanos.addAndGet(took);
                                firstCount.incrementAndGet();
                            } else if (page > pages - edge) {
                                lastNanos.addAndGet(took);
                                lastCount.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (++page > pages) {
                        if (seconds == 0) {
                            return;
                        }
                        page = 1;
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        double elapsed = (System.nanoTime() - startedAt.get()) / 1e9;
        double first = firstCount.get() == 0 ? 0 : firstNanos.get() / 1e6 / firstCount.get();
        double last = lastCount.get() == 0 ? 0 : lastNanos.get() / 1e6 / lastCount.get();
        System.out.printf(java.util.Locale.ROOT, "RESULT pages=%d seconds=%.1f pps=%.1f first_ms=%.3f last_ms=%.3f first_last=%s errors=%d%n",
                read.get(), elapsed, read.get() / elapsed, first, last,
                first > 0 && last > 0 ? String.format(java.util.Locale.ROOT, "%.2f", first / last) : "-", errors.get());
    }
}
