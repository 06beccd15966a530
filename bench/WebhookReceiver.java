import com.sun.net.httpserver.HttpServer;
import java.io.FileWriter;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A webhook receiver for bench/webhooks: answers 200 at once and logs, per event, when it arrived and the
 * CloudEvent's time (the change's), both in epoch milliseconds, and its webhook-id. In Java rather than Python
 * so that the receiver, which shares the machine's cores with the service, takes as little of them as it can.
 * Usage: java bench/WebhookReceiver.java PORT LOG
 */
public class WebhookReceiver {
    private static final Pattern TIME = Pattern.compile("\"time\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        PrintWriter log = new PrintWriter(new FileWriter(args[1], true));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 256);
        server.createContext("/", exchange -> {
            double arrived = System.currentTimeMillis();
            if (!exchange.getRequestMethod().equals("POST")) { // the script's readiness probe
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = TIME.matcher(body);
            Instant time = m.find() ? Instant.parse(m.group(1)) : Instant.EPOCH;
            double changed = time.toEpochMilli() + time.getNano() % 1_000_000 / 1e6;
            synchronized (log) {
                log.printf("%.1f %.1f %s%n", arrived, changed, exchange.getRequestHeaders().getFirst("webhook-id"));
                log.flush();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }
}
