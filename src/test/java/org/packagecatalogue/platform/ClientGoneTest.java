package org.packagecatalogue.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packagecatalogue.support.Api.aggregator;
import static org.packagecatalogue.support.Api.sendHalfABody;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.LogCapture;

/** A client that goes away before its request is read, as an operator sees it: in the metrics and the log. */
@QuarkusTest
class ClientGoneTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    MeterRegistry registry;

    /**
     * It gets no answer, and {@code http_server_requests} says so: Vert.x counts its request as RESET, and the service's
     * answer to nobody as 499 (nginx's "client closed request"), never as a 400 that a dashboard would take for a bad
     * request that was answered. No warning or error is logged.
     */
    @Test
    void aClientThatHangsUpWhileSendingItsBodyIsCountedAsResetAnd499() throws Exception {
        String token = aggregator().token();
        for (String path : List.of("/ResourceServer/api/v10/Package/", "/v1.0/packages")) {
            try (LogCapture capture = LogCapture.start()) {
                Map<String, Long> before = postsByStatus();
                try (Socket socket = sendHalfABody(port, path, token)) {
                    Thread.sleep(200); // its body is being read
                }
                await(path + " counted").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                        .until(() -> !postsByStatus().equals(before));
                Thread.sleep(200); // anything else it would count
                assertEquals(Map.of("499", 1L, "RESET", 1L), difference(before, postsByStatus()), path);
                assertEquals(List.of(), capture.lines().stream().filter(line -> line.level().intValue() >= Level.WARNING.intValue()).toList(),
                        "a client that went away is routine: " + path);
            }
        }
    }

    private Map<String, Long> postsByStatus() {
        Map<String, Long> counts = new TreeMap<>();
        for (Timer timer : registry.find("http.server.requests").tag("method", "POST").timers()) {
            counts.merge(timer.getId().getTag("status"), timer.count(), Long::sum);
        }
        return counts;
    }

    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> added = new TreeMap<>();
        after.forEach((status, count) -> {
            long more = count - before.getOrDefault(status, 0L);
            if (more != 0) {
                added.put(status, more);
            }
        });
        return added;
    }
}
