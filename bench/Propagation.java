import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How soon a write through one replica is seen through another, for bench/run: SAMPLES times, renames package ID
 * through replica A (a billing PUT) and reads it through replica B (GET Package/{id}, which B answers from its cache
 * while nothing tells it otherwise) until B answers the new name. Between samples it waits PAUSE_MS.
 *
 *   java bench/Propagation.java A_URL B_URL TOKEN ID SAMPLES PAUSE_MS
 *
 * Prints one line: RESULT samples=… answer_p50=… answer_p99=… request_p50=… request_p99=… max=… errors=…, in ms:
 * "answer" from A's answer to the write (after its commit: at most the true delay) to B's first answer with the new
 * name, "request" from the write's request (before its commit: at least the true delay, plus the write's own time).
 */
public class Propagation {

    public static void main(String[] args) throws Exception {
        String a = args[0], b = args[1], token = args[2], id = args[3];
        int samples = Integer.parseInt(args[4]), pause = Integer.parseInt(args[5]);
        HttpClient writer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpClient reader = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String path = "/ResourceServer/api/v10/Package/" + id;
        HttpRequest read = HttpRequest.newBuilder(URI.create(b + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).GET().build();
        List<Double> fromAnswer = new ArrayList<>(), fromRequest = new ArrayList<>();
        long errors = 0;
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < samples; i++) {
            reader.send(read, HttpResponse.BodyHandlers.discarding()); // B holds the package in its cache before the write
            String name = "Propagated " + run + " " + i;
            HttpRequest write = HttpRequest.newBuilder(URI.create(a + path)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")).build();
            long requested = System.nanoTime();
            HttpResponse<String> written = writer.send(write, HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            if (written.statusCode() != 200) {
                errors++;
                continue;
            }
            long deadline = answered + 10_000_000_000L;
            boolean seen = false;
            while (System.nanoTime() < deadline) {
                HttpResponse<String> got = reader.send(read, HttpResponse.BodyHandlers.ofString());
                if (got.statusCode() == 200 && got.body().contains(name)) {
                    seen = true;
                    break;
                }
            }
            long now = System.nanoTime();
            if (!seen) {
                errors++;
            } else {
                fromAnswer.add((now - answered) / 1e6);
                fromRequest.add((now - requested) / 1e6);
            }
            Thread.sleep(pause);
        }
        Collections.sort(fromAnswer);
        Collections.sort(fromRequest);
        System.out.printf(Locale.ROOT, "RESULT samples=%d answer_p50=%.2f answer_p99=%.2f request_p50=%.2f request_p99=%.2f max=%.2f errors=%d%n",
                fromAnswer.size(), pct(fromAnswer, 50), pct(fromAnswer, 99), pct(fromRequest, 50), pct(fromRequest, 99),
                fromRequest.isEmpty() ? 0 : fromRequest.get(fromRequest.size() - 1), errors);
    }

    private static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
