package org.packagecatalogue.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.packagecatalogue.support.Api;

/** Every billing endpoint refuses every kind of bad token with a 401 in the billing envelope. */
@QuarkusTest
class BearerTokenTest {

    static long packageId;
    static String ownerIdClaimValue;
    static String distributorToken;

    /** Each endpoint, called with an Authorization header value (or none). */
    static Stream<Arguments> endpoints() {
        return Stream.<Map.Entry<String, Function<io.restassured.specification.RequestSpecification, Response>>>of(
                Map.entry("GET Package/", r -> r.get(PACKAGE + "/")),
                Map.entry("GET Package/Paged", r -> r.get(PACKAGE + "/Paged")),
                Map.entry("GET Package/{id}", r -> r.get(PACKAGE + "/" + packageId)),
                Map.entry("POST Package/", r -> r.body(Map.of("name", "x")).post(PACKAGE + "/")),
                Map.entry("PUT Package/{id}", r -> r.body(Map.of("name", "x")).put(PACKAGE + "/" + packageId)),
                Map.entry("DELETE Package/{id}", r -> r.delete(PACKAGE + "/" + packageId)),
                Map.entry("GET Package/{id}/Detail", r -> r.get(PACKAGE + "/" + packageId + "/Detail")),
                Map.entry("GET Package/Paged/Detail", r -> r.get(PACKAGE + "/Paged/Detail")),
                Map.entry("GET Package/AvailableFor/Currency/{id}", r -> r.get(PACKAGE + "/AvailableFor/Currency/840")),
                Map.entry("GET Package/AvailableFor/SharePlan/Participation", r -> r.get(PACKAGE + "/AvailableFor/SharePlan/Participation")),
                Map.entry("SEARCH Package/Search", r -> r.body(Map.of("query", Map.of())).post(PACKAGE + "/Search")),
                Map.entry("PATCH Package/{id}", r -> r.body(Map.of("packages", Map.of("items", java.util.List.of(
                        Map.of("patchType", "update", "patchClientId", 1, "name", "x"))))).patch(PACKAGE + "/" + packageId)),
                Map.entry("GET Service/", r -> r.get("/ResourceServer/api/v10/Service/")),
                Map.entry("POST Service/", r -> r.body(Map.of("name", "x")).post("/ResourceServer/api/v10/Service/")))
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @BeforeEach
    void fixture() {
        if (ownerIdClaimValue == null) {
            distributorToken = newDistributor().token();
            String payload = new String(Base64.getUrlDecoder().decode(distributorToken.split("\\.")[1]), StandardCharsets.UTF_8);
            ownerIdClaimValue = io.restassured.path.json.JsonPath.from(payload).getString("owner_id");
        }
        // a fresh package per test: the accepted control call of a DELETE removes it
        packageId = createPackage(distributorToken, "Guarded");
    }

    private static String issuer() {
        return ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
    }

    private static io.smallrye.jwt.build.JwtClaimsBuilder claims() {
        return Jwt.issuer(issuer()).subject("test").audience("package-catalogue")
                .groups(java.util.Set.of(Roles.READ, Roles.WRITE))
                .claim("owner_id", Long.parseLong(ownerIdClaimValue));
    }

    static Map<String, String> badTokens() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreignKey = generator.generateKeyPair().getPrivate();
        Instant past = Instant.now().minusSeconds(7200);
        String valid = claims().expiresIn(600).sign();
        String[] parts = valid.split("\\.");
        String noneHeader = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return Map.of(
                "expired", claims().issuedAt(past).expiresAt(past.plusSeconds(60)).sign(),
                "signed by another key", claims().expiresIn(600).sign(foreignKey),
                "wrong issuer", Jwt.issuer("https://evil.example/").subject("test").audience("package-catalogue")
                        .groups(java.util.Set.of(Roles.READ, Roles.WRITE)).claim("owner_id", Long.parseLong(ownerIdClaimValue))
                        .expiresIn(600).sign(),
                "wrong audience", Jwt.issuer(issuer()).subject("test").audience("someone-else")
                        .groups(java.util.Set.of(Roles.READ, Roles.WRITE)).claim("owner_id", Long.parseLong(ownerIdClaimValue))
                        .expiresIn(600).sign(),
                "alg none", noneHeader + "." + parts[1] + ".",
                "tampered payload", parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2],
                "garbage", "not.a.token");
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("endpoints")
    void missingTokenIs401(String name, Function<io.restassured.specification.RequestSpecification, Response> call) {
        billingError(call.apply(given().contentType(ContentType.JSON)).then(), 401, "unauthorized")
                .header("WWW-Authenticate", "Bearer");
    }

    @ParameterizedTest(name = "{0} with bad tokens")
    @MethodSource("endpoints")
    void everyBadTokenIs401(String name, Function<io.restassured.specification.RequestSpecification, Response> call) throws Exception {
        for (Map.Entry<String, String> bad : badTokens().entrySet()) {
            Response response = call.apply(given().contentType(ContentType.JSON).auth().oauth2(bad.getValue()));
            org.junit.jupiter.api.Assertions.assertEquals(401, response.statusCode(), name + " with " + bad.getKey());
            billingError(response.then(), 401, "unauthorized");
        }
        // the control: the same claims, properly signed, are accepted
        Response ok = call.apply(given().contentType(ContentType.JSON).auth().oauth2(claims().expiresIn(600).sign()));
        org.junit.jupiter.api.Assertions.assertNotEquals(401, ok.statusCode());
    }

    @ParameterizedTest(name = "{0} with a read-only token")
    @MethodSource("endpoints")
    void readOnlyTokenMayReadButNotWrite(String name, Function<io.restassured.specification.RequestSpecification, Response> call) {
        String readOnly = claims().groups(Roles.READ).expiresIn(600).sign();
        Response response = call.apply(given().contentType(ContentType.JSON).auth().oauth2(readOnly));
        if (name.startsWith("GET") || name.startsWith("SEARCH")) {
            org.junit.jupiter.api.Assertions.assertEquals(200, response.statusCode(), name);
        } else {
            billingError(response.then(), 403, "forbidden");
        }
    }

    @org.junit.jupiter.api.Test
    void aTokenForAnOwnerThatDoesNotExistIs401() {
        String ghost = Jwt.issuer(issuer()).subject("ghost").audience("package-catalogue")
                .groups(java.util.Set.of(Roles.READ)).claim("owner_id", 987654321L).expiresIn(600).sign();
        billingError(as(ghost).get(PACKAGE + "/").then(), 401, "unauthorized");
    }

    @org.junit.jupiter.api.Test
    void aRegisteredReadOnlyClientGetsAReadOnlyToken() {
        // The read-only credential is registered through the core, as an operator's tool would.
        String token = ReadOnlyClients.register(ownerIdClaimValue);
        as(token).get(PACKAGE + "/" + packageId).then().statusCode(200);
        billingError(as(token).body(Map.of("name", "nope")).put(PACKAGE + "/" + packageId).then(), 403, "forbidden");
        billingError(as(token).delete(PACKAGE + "/" + packageId).then(), 403, "forbidden");
        List<String> groups = io.restassured.path.json.JsonPath.from(new String(
                Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8)).getList("groups");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(Roles.READ), groups);
    }
}
