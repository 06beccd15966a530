package org.packagecatalogue.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Test helpers that go through the public API, as a client would. */
public final class Api {

    public static final String PACKAGE = "/ResourceServer/api/v10/Package";
    public static final String LOGIN = "/AuthorizationServer/api/v10/Access/Login";

    /** A client's credentials and the owner they act for. */
    public record Client(String ownerId, String clientId, String secret) {
        public String token() {
            return login(clientId, secret);
        }
    }

    private Api() {
    }

    public static Client aggregator() {
        return new Client(TestCredentials.AGGREGATOR_KEY, TestCredentials.AGGREGATOR_KEY, TestCredentials.AGGREGATOR_SECRET);
    }

    public static String login(String clientId, String secret) {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", clientId, "client_secret", secret))
                .post(LOGIN)
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The configured aggregator onboards a fresh distributor; answers its credentials. */
    public static Client newDistributor() {
        var answer = given().auth().oauth2(aggregator().token())
                .contentType(ContentType.JSON)
                .body(Map.of("DistributorName", "Distributor " + UUID.randomUUID()))
                .post("/v1.0/distributor/create")
                .then().statusCode(200)
                .extract().jsonPath();
        return new Client(answer.getString("DistributorId"), answer.getString("AccountKey"), answer.getString("Secret"));
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Creates a package named {@code name} and answers its identity. */
    public static long createPackage(String token, String name) {
        return as(token).body(Map.of("name", name)).post(PACKAGE + "/")
                .then().statusCode(200)
                .extract().jsonPath().getLong("results.items[0].identity");
    }

    /** Asserts the billing error envelope: trackingId, type, and a non-empty errors list. */
    public static ValidatableResponse billingError(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType(ContentType.JSON)
                .body("trackingId", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"))
                .body("type", org.hamcrest.Matchers.equalTo(type))
                .body("errors.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("errors[0].code", org.hamcrest.Matchers.notNullValue())
                .body("errors[0].message", org.hamcrest.Matchers.notNullValue());
    }

    /**
     * Opens a connection and sends a JSON POST that announces 100 bytes of body and sends 10: the
     * request stays half-read until the caller closes the socket or the server gives up on it.
     */
    public static Socket sendHalfABody(int port, String path, String token) throws IOException {
        Socket socket = new Socket("localhost", port);
        try {
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + "Content-Length: 100\r\n\r\n{\"name\": \"").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
