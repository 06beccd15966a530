package org.packagecatalogue.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Mpaas;

/** The per-client rate limit (429 + Retry-After) and the body deadline (408), in each dialect's shape. */
@QuarkusTest
@TestProfile(ProtectionTest.WithASmallRateLimit.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProtectionTest {

    public static class WithASmallRateLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalogue.rate-limit.requests", "1", "catalogue.rate-limit.period", "1m", "catalogue.rate-limit.burst", "5");
        }
    }

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    @Order(2)
    void aClientOverItsRateGets429WithRetryAfterInEachDialect() {
        // One token request from this address (the address has its own bucket of 5).
        String token = aggregator().token();
        int answered = 0;
        Response limited = null;
        long remaining = Long.MAX_VALUE;
        for (int i = 0; i < 20 && limited == null; i++) {
            Response response = as(token).get(PACKAGE + "/Paged");
            // draft-ietf-httpapi-ratelimit-headers-10: the bucket (5, refilled at 1 a minute: full in 300 s), and what is left of it
            Assertions.assertEquals("\"client\";q=5;w=300", response.header("RateLimit-Policy"));
            java.util.regex.Matcher state = java.util.regex.Pattern.compile("\"client\";r=(\\d+);t=(\\d+)").matcher(response.header("RateLimit"));
            Assertions.assertTrue(state.matches(), response.header("RateLimit"));
            long left = Long.parseLong(state.group(1));
            long full = Long.parseLong(state.group(2));
            Assertions.assertTrue(full >= 60 * (5 - left) - 60 && full <= 60 * (5 - left), "full again in " + full + " s with " + left + " left");
            if (response.statusCode() == 429) {
                limited = response;
                Assertions.assertEquals(0, left);
            } else {
                Assertions.assertEquals(200, response.statusCode());
                Assertions.assertTrue(left < remaining, "each answer takes one: " + left + " after " + remaining);
                remaining = left;
                answered++;
            }
        }
        Assertions.assertNotNull(limited, "the client was never limited");
        // the burst (5, less what the earlier test's requests took from this client) is served, then no more
        Assertions.assertTrue(answered >= 1 && answered <= 5, "served " + answered + " before the limit");
        billingError(limited.then(), 429, "tooManyRequests");
        Assertions.assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
        // The bucket is the client's, whichever dialect it calls.
        Response mpaas = as(token).get(Mpaas.PACKAGES);
        Mpaas.error(mpaas.then(), 429, "Too many requests");
        Assertions.assertNotNull(mpaas.header("Retry-After"));
    }

    @Test
    @Order(3) // last: it empties this address's bucket, which the others need for their token
    void requestsWithoutATokenAreLimitedPerAddress() {
        Response limited = null;
        for (int i = 0; i < 20 && limited == null; i++) {
            Response response = given().contentType(ContentType.URLENC)
                    .formParams(Map.of("grant_type", "password", "client_id", "nobody", "client_secret", "wrong"))
                    .post(LOGIN);
            if (response.statusCode() == 429) {
                limited = response;
            }
        }
        Assertions.assertNotNull(limited, "guessing secrets was never limited");
        limited.then().body("error", notNullValue()).header("Retry-After", notNullValue());
    }

    @Test
    @Order(1) // first: a client over its rate is refused before its body is read
    void aBodyThatDoesNotArriveIsA408InTheDialectsShape() throws Exception {
        String token = aggregator().token();
        try (org.packagecatalogue.support.LogCapture capture = org.packagecatalogue.support.LogCapture.start()) {
            String billing = answerToHalfABody("/ResourceServer/api/v10/Package/", token);
            Assertions.assertTrue(billing.startsWith("HTTP/1.1 408"), billing);
            Assertions.assertTrue(billing.contains("\"type\":\"requestTimeout\""), billing);
            String mpaas = answerToHalfABody("/v1.0/packages", token);
            Assertions.assertTrue(mpaas.startsWith("HTTP/1.1 408"), mpaas);
            Assertions.assertTrue(mpaas.contains("\"StatusCode\":408"), mpaas);
            Thread.sleep(500); // the endpoint may still run once the connection closes
            Assertions.assertEquals(java.util.List.of(), capture.lines().stream()
                    .filter(line -> line.level().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList(),
                    "a client too slow to send its body is not a server error");
        }
    }

    /** Announces 100 bytes, sends 10, and reads what comes back (the deadline is 2 s in tests). */
    private String answerToHalfABody(String path, String token) throws IOException {
        try (Socket socket = sendHalfABody(port, path, token)) {
            socket.setSoTimeout(15_000);
            long started = System.nanoTime();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException e) {
                Assertions.fail("no close; got: " + answer.toString(StandardCharsets.UTF_8));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            Assertions.assertTrue(millis >= 1_500 && millis < 10_000, "answered and closed after the deadline, took " + millis + " ms");
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
