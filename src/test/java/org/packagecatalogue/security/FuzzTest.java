package org.packagecatalogue.security;

import static org.packagecatalogue.support.Api.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.sessions.JqwikSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Mpaas;

/**
 * Property-based fuzzing of both dialects: at least 10,000 generated bad requests (malformed JSON, wrong
 * types, huge numbers and strings, unicode, nulls, unknown fields, bad ids, bad headers) across every
 * endpoint. Whatever comes in: never a 5xx, errors always in the path's dialect shape, never a stack trace,
 * and the service is healthy afterwards. Generators are jqwik's, driven from a JUnit test (so that the
 * Quarkus test extension runs the application) with a fixed seed, so a failure can be replayed.
 */
@QuarkusTest
class FuzzTest {

    private static final int REQUESTS = 10_000;
    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** quarkus.http.limits.max-initial-line-length (its default). */
    private static final int MAX_INITIAL_LINE = 4096;
    private static final List<String> STACK_TRACE_MARKERS = List.of("\tat ", "at org.", "at java.", "at io.", "java.lang.",
            "Exception:", "org.hibernate", "org.postgresql", "io.quarkus", "PSQLException", "SQLState", "Caused by");

    private enum Dialect { BILLING, TOKEN, MPAAS }

    private record Endpoint(String method, String path, Dialect dialect) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/ResourceServer/api/v10/Package/", Dialect.BILLING),
            new Endpoint("GET", "/ResourceServer/api/v10/Package/Paged", Dialect.BILLING),
            new Endpoint("GET", "/ResourceServer/api/v10/Package/Paged/Detail", Dialect.BILLING),
            new Endpoint("GET", "/ResourceServer/api/v10/Package/{id}", Dialect.BILLING),
            new Endpoint("GET", "/ResourceServer/api/v10/Package/{id}/Detail", Dialect.BILLING),
            new Endpoint("GET", "/ResourceServer/api/v10/Package/AvailableFor/Currency/{id}", Dialect.BILLING),
            new Endpoint("GET", "/ResourceServer/api/v10/Package/AvailableFor/SharePlan/Participation", Dialect.BILLING),
            new Endpoint("POST", "/ResourceServer/api/v10/Package/", Dialect.BILLING),
            new Endpoint("POST", "/ResourceServer/api/v10/Package/Search", Dialect.BILLING),
            new Endpoint("PUT", "/ResourceServer/api/v10/Package/{id}", Dialect.BILLING),
            new Endpoint("PATCH", "/ResourceServer/api/v10/Package/{id}", Dialect.BILLING),
            new Endpoint("DELETE", "/ResourceServer/api/v10/Package/{id}", Dialect.BILLING),
            new Endpoint("GET", "/ResourceServer/api/v10/Service/", Dialect.BILLING),
            new Endpoint("GET", "/ResourceServer/api/v10/Service/{id}", Dialect.BILLING),
            new Endpoint("POST", "/ResourceServer/api/v10/Service/", Dialect.BILLING),
            new Endpoint("POST", "/ResourceServer/api/v10/{id}", Dialect.BILLING),
            new Endpoint("POST", "/AuthorizationServer/api/v10/Access/Login", Dialect.TOKEN),
            new Endpoint("POST", "/v1.0/oauth2/tokens", Dialect.MPAAS),
            new Endpoint("POST", "/v1.0/distributor/create", Dialect.MPAAS),
            new Endpoint("POST", "/v1.0/packages", Dialect.MPAAS),
            new Endpoint("GET", "/v1.0/packages", Dialect.MPAAS),
            new Endpoint("POST", "/v1.0/packages/update", Dialect.MPAAS),
            new Endpoint("POST", "/v1.0/packages/delete", Dialect.MPAAS),
            new Endpoint("GET", "/v1.0/packages/items", Dialect.MPAAS),
            new Endpoint("POST", "/v1.0/packages/items/add", Dialect.MPAAS),
            new Endpoint("POST", "/v1.0/packages/items/delete", Dialect.MPAAS),
            new Endpoint("GET", "/v1.0/packages/subscriptions", Dialect.MPAAS),
            new Endpoint("GET", "/v1.0/products", Dialect.MPAAS),
            new Endpoint("POST", "/v1.0/products", Dialect.MPAAS),
            new Endpoint("POST", "/v1.0/subscriptions", Dialect.MPAAS),
            new Endpoint("POST", "/v1.0/subscriptions/cancel", Dialect.MPAAS),
            new Endpoint("GET", "/v1.0/{id}", Dialect.MPAAS));

    private static final List<String> FIELDS = List.of(
            // billing
            "name", "description", "identity", "id", "ownerId", "ownerName", "created", "status", "price", "code", "sku",
            "currencyId", "frequencyTypeId", "serviceId", "packageServices", "packageFrequencies", "packageCurrencies",
            "usageBuckets", "tiers", "isActive", "invoiceDetail", "fields", "query", "operator", "value", "orderBy",
            "pageNumber", "pageSize", "patchType", "packageServiceId", "packageFrequencyId", "usageBucketId", "threshold",
            // mPaaS
            "PackageName", "Description", "Type", "Price", "Monthly", "PackageId", "PackageItems", "PackageItemId",
            "ProductId", "ProductName", "SubscriberId", "SubscriptionId", "DistributorName", "DistributorId",
            "AccountKey", "AccountSecret", "ApiEndpoint", "Active", "AggregatorId",
            // token
            "grant_type", "client_id", "client_secret", "refresh_token", "username", "password");

    private static final List<String> QUERY_NAMES = List.of("pageNumber", "pageSize", "excludeTotalCount", "PackageId",
            "ProductId", "Filter", "orderBy", "id", "x");

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private HttpClient http = newClient();

    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    // --- generators -----------------------------------------------------------------------------

    private static Arbitrary<String> unicodeText(int maxLength) {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(maxLength),
                Arbitraries.strings().ascii().ofMaxLength(maxLength),
                Arbitraries.of("", " ", "null", "NaN", "-0", "1e400", "'; drop table package; --", "' OR '1'='1", "%00", "\u0000",
                        "\uD83D\uDE00", "\uFEFF", "\u202E", "..%2F..%2F", "<script>", "${jndi:ldap://x}", "\\", "\"",
                        "9223372036854775808", "-9223372036854775809", "0x10", "1.5", "true"),
                Arbitraries.strings().withChars("aé日\uD83D\uDE00\u0000").ofMinLength(1000).ofMaxLength(6000));
    }

    private static Arbitrary<Object> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.of(true, false),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.of(new java.math.BigInteger("123456789012345678901234567890123456789"),
                        new java.math.BigDecimal("1e400"), new java.math.BigDecimal("-1e-400"), Double.MAX_VALUE, -0.0, 0.1),
                unicodeText(300).map(s -> (Object) s));
    }

    private static Arbitrary<Object> jsonValue(int depth) {
        if (depth <= 0) {
            return scalar();
        }
        Arbitrary<Object> list = jsonValue(depth - 1).list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Object> object = Combinators.combine(Arbitraries.of(FIELDS).list().ofMaxSize(5), jsonValue(depth - 1).list().ofSize(5))
                .as((names, values) -> (Object) zip(names, values));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, scalar()), net.jqwik.api.Tuple.of(2, list), net.jqwik.api.Tuple.of(3, object));
    }

    /** An object of the names, each with the value at its place (a repeated name keeps its last value). */
    private static java.util.Map<String, Object> zip(List<String> names, List<Object> values) {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), values.get(i));
        }
        return map;
    }

    /** An object of known fields (and some unknown ones) with values of any type. */
    private static Arbitrary<String> objectBody() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.strings().all().ofMaxLength(20));
        return Combinators.combine(name.list().ofMinSize(1).ofMaxSize(8), jsonValue(2).list().ofSize(8))
                .as((names, values) -> write(zip(names, values)));
    }

    private static Arbitrary<String> malformed() {
        return Combinators.combine(objectBody(), Arbitraries.integers().between(0, 100), Arbitraries.of("", "}", "{", ",", "\"", "]", "\u0000", "'", "/*"))
                .as((json, cut, junk) -> json.substring(0, json.length() * cut / 100) + junk);
    }

    private static Arbitrary<String> body() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)),
                net.jqwik.api.Tuple.of(4, objectBody()),
                net.jqwik.api.Tuple.of(3, malformed()),
                net.jqwik.api.Tuple.of(2, jsonValue(3).map(FuzzTest::write)),
                net.jqwik.api.Tuple.of(1, unicodeText(2000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(500, 3000).map(n -> "[".repeat(n) + "]".repeat(n))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of(FIELDS).list().ofMaxSize(4), unicodeText(40).list().ofSize(4))
                        .as((names, values) -> {
                            StringBuilder form = new StringBuilder();
                            for (int i = 0; i < names.size(); i++) {
                                form.append(i == 0 ? "" : "&").append(names.get(i)).append('=')
                                        .append(URLEncoder.encode(values.get(i), StandardCharsets.UTF_8));
                            }
                            return form.toString();
                        })));
    }

    private static Arbitrary<String> headerValue() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange((char) 0x20, (char) 0x7e).ofMaxLength(200),
                Arbitraries.of("", "*", "W/\"1\"", "\"abc\"", "-1", "99999999999999999999", "page=1,size=0", "pageNumber=-1;pageSize=abc",
                        "{\"pageNumber\": 1e400}", "x".repeat(4000)));
    }

    // --- the request ----------------------------------------------------------------------------

    private record Fuzzed(Endpoint endpoint, String id, String query, int auth, String contentType, String body,
            String pagination, String ifMatch, String idempotencyKey) {
    }

    @Test
    void tenThousandBadRequestsNeverBreakTheService() throws Exception {
        String billingToken = aggregator().token();
        String mpaasToken = Mpaas.token(aggregator(), null);
        String knownId = String.valueOf(createPackage(billingToken, "Fuzz target"));
        String knownMpaasId = Mpaas.createPackage(mpaasToken, "Fuzz target", 10, true);

        Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.of(knownId, knownMpaasId, "0", "-1", "99999999999999999999999",
                "1.5", "1e3", "abc", "null", " ", "%25", "' OR 1=1 --", "日本", "\uD83D\uDE00", "..", "Paged", "Detail"),
                Arbitraries.longs().map(String::valueOf), unicodeText(30));
        Arbitrary<String> queries = Combinators.combine(Arbitraries.of(QUERY_NAMES).list().ofMaxSize(3), unicodeText(30).list().ofSize(3))
                .as((names, values) -> {
                    List<String> pairs = new ArrayList<>();
                    for (int i = 0; i < names.size(); i++) {
                        pairs.add(names.get(i) + "=" + URLEncoder.encode(values.get(i), StandardCharsets.UTF_8));
                    }
                    return String.join("&", pairs);
                });
        Arbitrary<String> contentTypes = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just("application/json")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("text/plain", "application/x-www-form-urlencoded", "application/xml",
                        "application/json; charset=latin1", "multipart/form-data", "x/y;;", "")),
                net.jqwik.api.Tuple.of(1, headerValue()));
        Arbitrary<Fuzzed> requests = Combinators.combine(
                        Arbitraries.of(ENDPOINTS), ids, queries, Arbitraries.integers().between(0, 5), contentTypes, body(),
                        Arbitraries.oneOf(Arbitraries.just((String) null), headerValue()),
                        Arbitraries.oneOf(Arbitraries.just((String) null), headerValue()))
                .as((endpoint, id, query, auth, contentType, body, pagination, ifMatch) ->
                        new Fuzzed(endpoint, id, query, auth, contentType, body, pagination, ifMatch, ifMatch == null ? null : pagination));

        Random random = new Random(SEED);
        JqwikSession.start(); // jqwik's generators outside a jqwik property
        var generator = requests.generator(1000);
        int sent = 0;
        String previous = "";
        int[] byClass = new int[6];
        while (sent < REQUESTS) {
            Fuzzed fuzzed = generator.next(random).value();
            HttpRequest request = build(fuzzed, billingToken, mpaasToken);
            if (request == null) {
                continue; // a request the HTTP client itself refuses to send (e.g. an illegal header)
            }
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (requestLineLength(request) > MAX_INITIAL_LINE) {
                    // Over the HTTP layer's limit the codec answers 414 and closes at once; with a body still
                    // being sent, the close can reach the client before the 414 does. The request never
                    // reached the service, as with a 414 (see check); a new connection goes on.
                    sent++;
                    byClass[4]++;
                    http = newClient();
                    continue;
                }
                throw new AssertionError("no answer (" + e.getMessage() + ") to " + request.method() + " " + abbreviate(request.uri().toString())
                        + " headers=" + abbreviate(request.headers().map().toString()) + " body=" + (fuzzed.body() == null ? "none" : abbreviate(fuzzed.body()))
                        + "; previous: " + previous, e);
            }
            sent++;
            previous = request.method() + " " + abbreviate(request.uri().toString()) + " -> " + response.statusCode() + " " + response.headers().map();
            byClass[response.statusCode() / 100]++;
            if (response.statusCode() == 414 || response.statusCode() == 431) {
                http = newClient(); // the HTTP codec closes the connection after these without saying so
            }
            check(fuzzed, request, response);
        }
        JqwikSession.finish();
        System.out.printf("fuzz: %d requests (seed %d): 2xx %d, 4xx %d, 5xx %d%n", sent, SEED, byClass[2], byClass[4], byClass[5]);
        Assertions.assertTrue(byClass[4] > REQUESTS / 2, "most generated requests are refused as bad");

        // Healthy afterwards: ready, and a normal read still works.
        Assertions.assertEquals(200, http.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        long fresh = createPackage(billingToken, "After the fuzz");
        as(billingToken).get(PACKAGE + "/" + fresh).then().statusCode(200);
    }

    private HttpRequest build(Fuzzed f, String billingToken, String mpaasToken) {
        String path = f.endpoint().path().replace("{id}", URLEncoder.encode(f.id(), StandardCharsets.UTF_8).replace("+", "%20"));
        String target = f.query().isEmpty() ? path : path + "?" + f.query();
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri(target)).timeout(Duration.ofSeconds(30));
            String token = f.endpoint().dialect() == Dialect.MPAAS ? mpaasToken : billingToken;
            switch (f.auth()) {
                case 0 -> { }
                case 1 -> builder.header("Authorization", "Bearer garbage." + f.id().hashCode());
                case 2 -> builder.header("Authorization", "Basic " + f.id().hashCode());
                case 3 -> builder.header("Authorization", "Bearer " + token.substring(0, token.length() - 3) + "abc");
                default -> builder.header("Authorization", "Bearer " + token);
            }
            if (!f.contentType().isEmpty()) {
                builder.header("Content-Type", f.contentType());
            }
            if (f.pagination() != null) {
                builder.header("Pagination", f.pagination());
            }
            if (f.ifMatch() != null) {
                builder.header("If-Match", f.ifMatch());
            }
            if (f.idempotencyKey() != null) {
                builder.header("Idempotency-Key", f.idempotencyKey());
            }
            builder.method(f.endpoint().method(), f.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(f.body()));
            return builder.build();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int requestLineLength(HttpRequest request) {
        URI uri = request.uri();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return request.method().length() + 1 + target.length() + " HTTP/1.1".length();
    }

    private URI uri(String target) {
        return URI.create("http://localhost:" + port + target);
    }

    private static void check(Fuzzed f, HttpRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        String what = request.method() + " " + abbreviate(request.uri().toString()) + " headers=" + abbreviate(request.headers().map().toString())
                + " body=" + (f.body() == null ? "none" : abbreviate(f.body())) + " -> " + status + " " + abbreviate(body)
                + " (seed " + SEED + ")";
        Assertions.assertTrue(status < 500, "a server error: " + what);
        for (String marker : STACK_TRACE_MARKERS) {
            Assertions.assertFalse(body.contains(marker), "internals leaked (" + marker + "): " + what);
        }
        if (status < 400) {
            return;
        }
        if (status == 414 || status == 431) {
            // A request line or header block over the HTTP layer's limits is refused by the HTTP codec
            // before the request exists, so before any dialect can be known: an empty answer, nothing leaked.
            Assertions.assertTrue(body.isEmpty(), what);
            return;
        }
        JsonNode error;
        try {
            error = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("an error that is not JSON: " + what);
        }
        Assertions.assertNotNull(error, "an empty error: " + what);
        String path = request.uri().getRawPath();
        if (path.startsWith("/v1.0/")) {
            List<String> names = new ArrayList<>();
            error.fieldNames().forEachRemaining(names::add);
            Assertions.assertEquals(List.of("StatusCode", "Message"), names, "the mPaaS error shape: " + what);
            Assertions.assertEquals(status, error.get("StatusCode").asInt(), what);
        } else if (path.startsWith("/AuthorizationServer/")) {
            Assertions.assertTrue(error.path("error").isTextual(), "the OAuth error shape: " + what);
        } else {
            Assertions.assertTrue(error.path("trackingId").isTextual(), "the billing envelope's trackingId: " + what);
            Assertions.assertTrue(error.path("type").isTextual(), "the billing envelope's type: " + what);
            Assertions.assertTrue(error.path("errors").isArray() && error.path("errors").size() > 0, "the billing envelope's errors: " + what);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.chars().mapToObj(c -> c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)).collect(Collectors.joining());
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…(" + text.length() + " chars)" : oneLine;
    }
}
