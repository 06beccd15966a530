package org.packagecatalogue.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;

/** mPaaS-dialect helpers. */
public final class Mpaas {

    public static final String TOKENS = "/v1.0/oauth2/tokens";
    public static final String PACKAGES = "/v1.0/packages";

    private Mpaas() {
    }

    /** A token from the mPaaS token endpoint, optionally scoped to one endpoint. */
    public static String token(Api.Client client, String apiEndpoint) {
        Map<String, Object> body = new HashMap<>(Map.of("AccountKey", client.clientId(), "AccountSecret", client.secret()));
        if (apiEndpoint != null) {
            body.put("ApiEndpoint", apiEndpoint);
        }
        return given().contentType(ContentType.JSON).body(body).post(TOKENS)
                .then().statusCode(200).extract().path("token");
    }

    /** Creates a package through the mPaaS dialect; answers its PackageId. */
    public static String createPackage(String token, String name, Object price, boolean monthly) {
        return Api.as(token).body(Map.of("PackageName", name, "Description", name + " description", "Type", "sip",
                        "Price", price, "Monthly", monthly))
                .post(PACKAGES).then().statusCode(200).extract().path("PackageId");
    }

    /** Asserts the mPaaS error contract: exactly {StatusCode, Message}. */
    public static io.restassured.response.ValidatableResponse error(io.restassured.response.ValidatableResponse r, int status, String messageStart) {
        return r.statusCode(status)
                .contentType(ContentType.JSON)
                .body("keySet()", org.hamcrest.Matchers.containsInAnyOrder("StatusCode", "Message"))
                .body("StatusCode", org.hamcrest.Matchers.equalTo(status))
                .body("Message", org.hamcrest.Matchers.startsWith(messageStart));
    }
}
