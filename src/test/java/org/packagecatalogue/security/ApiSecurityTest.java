package org.packagecatalogue.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;
import static org.packagecatalogue.support.Mpaas.PACKAGES;
import static org.packagecatalogue.support.Mpaas.error;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.auth.Roles;
import org.packagecatalogue.support.Api;
import org.packagecatalogue.support.LogCapture;
import org.packagecatalogue.support.Mpaas;

/**
 * The OWASP API Security Top 10 as they apply here, in one place, on both dialects: object-level
 * authorisation (another tenant's object is a 404 like a missing one, on every endpoint that takes an
 * id), authentication (forged, foreign, expired and mis-issued tokens, the ApiEndpoint scope), function
 * level authorisation (read-only tokens may not write), mass assignment (read-only fields in bodies are
 * ignored), secrets never in answers or logs, and values that look like SQL treated as data.
 * (The billing dialect's bad-token matrix is {@code BearerTokenTest}; the tenancy of lists {@code TenancyTest}.)
 */
@QuarkusTest
class ApiSecurityTest {

    /** A call of one endpoint on a package: (token, package id in the dialect's form) → answer. */
    private record Call(String name, BiFunction<String, String, Response> call) {
    }

    private static List<Call> billingCallsOnAPackage() {
        return List.of(
                new Call("GET Package/{id}", (t, id) -> as(t).get(PACKAGE + "/" + id)),
                new Call("GET Package/{id}/Detail", (t, id) -> as(t).get(PACKAGE + "/" + id + "/Detail")),
                new Call("PUT Package/{id}", (t, id) -> as(t).body(Map.of("name", "hijacked")).put(PACKAGE + "/" + id)),
                new Call("PATCH Package/{id}", (t, id) -> as(t).body(Map.of("packages", Map.of("items", List.of(
                        Map.of("patchType", "update", "patchClientId", 1, "name", "hijacked"))))).patch(PACKAGE + "/" + id)),
                new Call("DELETE Package/{id}", (t, id) -> as(t).delete(PACKAGE + "/" + id)));
    }

    private static List<Call> mpaasCallsOnAPackage() {
        return List.of(
                new Call("GET packages?PackageId", (t, id) -> as(t).queryParam("PackageId", id).get(PACKAGES)),
                new Call("POST packages/update", (t, id) -> as(t).body(Map.of("PackageId", id, "PackageName", "hijacked")).post(PACKAGES + "/update")),
                new Call("GET packages/items", (t, id) -> as(t).queryParam("PackageId", id).get(PACKAGES + "/items")),
                new Call("POST packages/items/add", (t, id) -> as(t).body(Map.of("PackageId", id, "ProductId", "PRID-00000000-0000-4000-8000-000000000000",
                        "Price", 1)).post(PACKAGES + "/items/add")),
                new Call("GET packages/subscriptions", (t, id) -> as(t).queryParam("PackageId", id).get(PACKAGES + "/subscriptions")),
                new Call("POST subscriptions", (t, id) -> as(t).body(Map.of("SubscriberId", "SID-00000000-0000-4000-8000-0000000000bb",
                        "PackageId", id)).post("/v1.0/subscriptions")),
                new Call("POST packages/delete", (t, id) -> as(t).body(Map.of("PackageId", id)).post(PACKAGES + "/delete")));
    }

    // --- API1: broken object level authorisation ---------------------------------------------

    @Test
    void anotherTenantsPackageIsA404LikeAMissingOneOnEveryEndpoint() {
        Api.Client owner = newDistributor();
        Api.Client intruder = newDistributor();
        String ownerToken = owner.token();
        long billingId = createPackage(ownerToken, "Owned");
        String mpaasId = Mpaas.createPackage(Mpaas.token(owner, null), "Owned in mPaaS", 5, true);
        String missingMpaasId = "PID-" + java.util.UUID.randomUUID();

        String intruderToken = intruder.token();
        for (Call call : billingCallsOnAPackage()) {
            Response foreign = call.call().apply(intruderToken, String.valueOf(billingId));
            Response missing = call.call().apply(intruderToken, String.valueOf(billingId + 10_000_000));
            billingError(foreign.then(), 404, "notFound");
            Assertions.assertEquals(masked(missing.asString()), masked(foreign.asString()).replace(String.valueOf(billingId), String.valueOf(billingId + 10_000_000)),
                    call.name() + ": foreign and missing must answer alike");
        }
        String intruderMpaas = Mpaas.token(intruder, null);
        for (Call call : mpaasCallsOnAPackage()) {
            Response foreign = call.call().apply(intruderMpaas, mpaasId);
            Response missing = call.call().apply(intruderMpaas, missingMpaasId);
            error(foreign.then(), 404, "Not found");
            Assertions.assertEquals(missing.asString(), foreign.asString(), call.name() + ": foreign and missing must answer alike");
        }
        // nothing was changed, and the owner still sees both
        as(ownerToken).get(PACKAGE + "/" + billingId).then().statusCode(200).body("instance.name", equalTo("Owned"));
        as(ownerToken).queryParam("PackageId", mpaasId).get(PACKAGES).then().statusCode(200).body("PackageName", equalTo("Owned in mPaaS"));
    }

    private static String masked(String body) {
        return body.replaceAll("\"trackingId\"\\s*:\\s*\"[^\"]*\"", "\"trackingId\":\"…\"");
    }

    // --- API2: broken authentication ---------------------------------------------------------

    @Test
    void everyForgedOrMisissuedTokenIsA401OnEveryMpaasEndpoint() throws Exception {
        Api.Client client = newDistributor();
        String good = Mpaas.token(client, null);
        String payload = new String(Base64.getUrlDecoder().decode(good.split("\\.")[1]), StandardCharsets.UTF_8);
        long ownerId = io.restassured.path.json.JsonPath.from(payload).getLong("owner_id");
        String mpaasId = Mpaas.createPackage(good, "Guarded", 5, true);

        String issuer = ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Instant past = Instant.now().minusSeconds(7200);
        String[] parts = good.split("\\.");
        String noneHeader = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        Map<String, String> bad = Map.of(
                "alg none", noneHeader + "." + parts[1] + ".",
                "another key", claims(issuer, ownerId).expiresIn(600).sign(generator.generateKeyPair().getPrivate()),
                "expired", claims(issuer, ownerId).issuedAt(past).expiresAt(past.plusSeconds(60)).sign(),
                "wrong issuer", claims("https://evil.example/", ownerId).expiresIn(600).sign(),
                "tampered", parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2]);
        for (Call call : mpaasCallsOnAPackage()) {
            for (Map.Entry<String, String> token : bad.entrySet()) {
                Response response = call.call().apply(token.getValue(), mpaasId);
                Assertions.assertEquals(401, response.statusCode(), call.name() + " with " + token.getKey());
                error(response.then(), 401, "Unauthorized");
            }
        }
        // the control: the same claims properly signed are accepted
        as(claims(issuer, ownerId).expiresIn(600).sign()).queryParam("PackageId", mpaasId).get(PACKAGES).then().statusCode(200);
    }

    private static io.smallrye.jwt.build.JwtClaimsBuilder claims(String issuer, long ownerId) {
        return Jwt.issuer(issuer).subject("test").audience("package-catalogue")
                .groups(Set.of(Roles.READ, Roles.WRITE)).claim("owner_id", ownerId);
    }

    @Test
    void aTokenScopedToOneEndpointIsA401OnEveryOther() {
        Api.Client client = newDistributor();
        String mpaasId = Mpaas.createPackage(Mpaas.token(client, null), "Scoped", 5, true);
        String scoped = Mpaas.token(client, "/v1.0/products");
        as(scoped).get("/v1.0/products").then().statusCode(200);
        for (Call call : mpaasCallsOnAPackage()) {
            error(call.call().apply(scoped, mpaasId).then(), 401, "Unauthorized");
        }
        billingError(as(scoped).get(PACKAGE + "/Paged").then(), 401, "unauthorized");
    }

    // --- API5: broken function level authorisation -------------------------------------------

    @Test
    void aReadOnlyTokenMayReadButNotWriteInTheMpaasDialect() {
        Api.Client client = newDistributor();
        String writer = Mpaas.token(client, null);
        String mpaasId = Mpaas.createPackage(writer, "Read only", 5, true);
        String payload = new String(Base64.getUrlDecoder().decode(writer.split("\\.")[1]), StandardCharsets.UTF_8);
        long ownerId = io.restassured.path.json.JsonPath.from(payload).getLong("owner_id");
        String issuer = ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
        String readOnly = claims(issuer, ownerId).groups(Roles.READ).expiresIn(600).sign();
        for (Call call : mpaasCallsOnAPackage()) {
            Response response = call.call().apply(readOnly, mpaasId);
            if (call.name().startsWith("GET")) {
                Assertions.assertEquals(200, response.statusCode(), call.name());
            } else {
                error(response.then(), 403, "Forbidden");
            }
        }
        error(as(readOnly).body(Map.of("PackageName", "x", "Description", "x", "Type", "sip", "Price", 1, "Monthly", true))
                .post(PACKAGES).then(), 403, "Forbidden");
        error(as(readOnly).body(Map.of("ProductName", "x")).post("/v1.0/products").then(), 403, "Forbidden");
    }

    // --- API3: mass assignment -----------------------------------------------------------------

    @Test
    void readOnlyFieldsInBodiesAreIgnored() {
        Api.Client client = newDistributor();
        Api.Client victim = newDistributor();
        String token = client.token();
        long victimsPackage = createPackage(victim.token(), "Victim's");

        // billing: identity, owner and audit fields in a create are not taken from the body
        var created = as(token).body(Map.of("name", "Mass", "identity", victimsPackage, "id", victimsPackage,
                        "ownerId", 1, "ownerName", "Platform", "created", "2000-01-01T00:00:00Z", "version", 99))
                .post(PACKAGE + "/").then().statusCode(200).extract().jsonPath();
        long identity = created.getLong("results.items[0].identity");
        Assertions.assertNotEquals(victimsPackage, identity);
        as(token).get(PACKAGE + "/" + identity).then().statusCode(200)
                .body("instance.name", equalTo("Mass"))
                .body("instance.ownerName", not(equalTo("Platform")));
        as(victim.token()).get(PACKAGE + "/" + victimsPackage).then().statusCode(200).body("instance.name", equalTo("Victim's"));
        as(victim.token()).get(PACKAGE + "/" + identity).then().statusCode(404);

        // mPaaS: the owner ids in a body are not the caller's to choose
        String mpaas = Mpaas.token(client, null);
        var record = as(mpaas).body(Map.of("PackageName", "Mass", "Description", "d", "Type", "sip", "Price", 1, "Monthly", true,
                        "DistributorId", victim.ownerId(), "AggregatorId", "AGID-00000000-0000-4000-8000-00000000ffff",
                        "PackageId", "PID-00000000-0000-4000-8000-000000000001"))
                .post(PACKAGES).then().statusCode(200).extract().jsonPath();
        Assertions.assertEquals(client.ownerId(), record.getString("DistributorId"));
        Assertions.assertNotEquals("PID-00000000-0000-4000-8000-000000000001", record.getString("PackageId"));
        error(as(Mpaas.token(victim, null)).queryParam("PackageId", record.getString("PackageId")).get(PACKAGES).then(), 404, "Not found");
    }

    // --- secrets never in answers or logs ------------------------------------------------------

    @Test
    void secretsAppearInNoAnswerAndNoLogLine() {
        try (LogCapture capture = LogCapture.start()) {
            Api.Client client = newDistributor(); // the secret is shown once, in this answer only
            List<String> answers = new ArrayList<>();
            answers.add(given().contentType(ContentType.URLENC)
                    .formParams(Map.of("grant_type", "password", "client_id", client.clientId(), "client_secret", client.secret()))
                    .post(LOGIN).asString());
            answers.add(given().contentType(ContentType.URLENC)
                    .formParams(Map.of("grant_type", "password", "client_id", client.clientId(), "client_secret", client.secret() + "x"))
                    .post(LOGIN).asString());
            answers.add(given().contentType(ContentType.JSON)
                    .body(Map.of("AccountKey", client.clientId(), "AccountSecret", client.secret()))
                    .post(Mpaas.TOKENS).asString());
            answers.add(given().contentType(ContentType.JSON)
                    .body(Map.of("AccountKey", client.clientId(), "AccountSecret", "wrong-" + client.secret()))
                    .post(Mpaas.TOKENS).asString());
            String token = client.token();
            long id = createPackage(token, "Secretless");
            answers.add(as(token).get(PACKAGE + "/" + id + "/Detail").asString());
            answers.add(as(token).get(PACKAGE + "/Paged").asString());
            answers.add(as(token).get(PACKAGES).asString());
            for (String answer : answers) {
                Assertions.assertFalse(answer.contains(client.secret()), "an answer shows the secret: " + answer);
            }
            for (LogCapture.Line line : capture.lines()) {
                Assertions.assertFalse(line.text().contains(client.secret()), "a log line shows the secret: " + line);
                Assertions.assertFalse(line.text().contains(token), "a log line shows a token: " + line);
            }
        }
    }

    // --- injection -----------------------------------------------------------------------------

    @Test
    void valuesThatLookLikeSqlAreData() {
        String token = newDistributor().token();
        String sqlish = "x'; drop table package; --";
        long id = createPackage(token, sqlish);
        createPackage(token, "Plain");
        as(token).body(Map.of("query", Map.of("search", List.of(Map.of("name", "name", "operator", "eq", "value", sqlish)))))
                .post(PACKAGE + "/Search").then().statusCode(200)
                .body("pagedResults.items.identity", contains((int) id));
        for (String probe : List.of("' OR '1'='1", "%' OR 1=1 --", "\\' OR 1=1 --", "1; select pg_sleep(5)", "%", "_")) {
            as(token).body(Map.of("query", Map.of("search", List.of(Map.of("name", "name", "operator", "contains", "value", probe)))))
                    .post(PACKAGE + "/Search").then().statusCode(200)
                    .body("pagedResults.items.name", everyItem(containsString(probe)));
            Response filtered = as(Mpaas.token(aggregator(), null)).queryParam("Filter", probe).get(PACKAGES);
            Assertions.assertTrue(filtered.statusCode() == 200 || filtered.statusCode() == 400, "mPaaS Filter " + probe + ": " + filtered.statusCode());
        }
        // the table is still there and holds both
        as(token).get(PACKAGE + "/").then().statusCode(200).body("totalCount", equalTo(2));
    }
}
