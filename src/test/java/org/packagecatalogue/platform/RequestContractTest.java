package org.packagecatalogue.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packagecatalogue.support.Api.PACKAGE;
import static org.packagecatalogue.support.Api.as;
import static org.packagecatalogue.support.Api.newDistributor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;
import org.packagecatalogue.support.Contents;
import org.packagecatalogue.support.ContractFilter;
import org.packagecatalogue.support.Mpaas;

/**
 * The document describes what the service accepts: a request the service accepts is valid against its operation's
 * request schema (ContractFilter checks that of every accepted request of every test), and one it refuses for its
 * shape is invalid against it, so that a validating gateway and the service agree.
 */
@QuarkusTest
class RequestContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private ContractFilter.Contract contract;

    @BeforeEach
    void document() {
        contract = ContractFilter.Contract.load("http://localhost:" + RestAssured.port);
    }

    /** Sends the body, expects the status, and answers what the document says of the request. */
    private List<String> send(String token, String method, String path, String body, int status) throws Exception {
        as(token).body(body).request(method, path).then().log().ifValidationFails().statusCode(status);
        JsonNode sent = JSON.readTree(body);
        return contract.checkRequest(method, path, "application/json", sent);
    }

    @Test
    void aPatchThatCreatesEveryKindOfChildIsValidAndOneWithoutItsRequiredFieldsIsNot() throws Exception {
        String token = newDistributor().token();
        long pkg = Api.createPackage(token, "Typed patch");
        long service = Contents.createService(token, "Voice");
        String patch = PACKAGE + "/" + pkg;
        assertEquals(List.of(), send(token, "PATCH", patch, """
                {"packageServices": {"items": [{"patchType": "create", "patchClientId": "voice", "serviceId": %d}]},
                 "usageBuckets": {"items": [{"patchType": "create", "patchClientId": "minutes", "packageServicePatchClientId": "voice",
                                             "name": "Minutes"}]},
                 "tiers": {"items": [{"patchType": "create", "patchClientId": 1, "usageBucketPatchClientId": "minutes", "threshold": 0},
                                     {"patchType": "create", "patchClientId": 2, "usageBucketPatchClientId": "minutes", "threshold": 100,
                                      "money": 0.05}]},
                 "packageFrequencies": {"items": [{"patchType": "create", "patchClientId": "monthly", "frequencyTypeId": 1, "frequency": 1}]},
                 "packageCurrencies": {"items": [{"patchType": "create", "patchClientId": "usd", "currencyId": %d}]}}
                """.formatted(service, Contents.USD), 200));

        // each refused for its shape by the service, and by the document
        // patchType picks the item's schema (the discriminator): a create is held to the create's required fields
        assertEquals(List.of("$.packageServices.items[0]: must be valid to one and only one schema, but 0 are valid",
                        "$.packageServices.items[0]: required property 'serviceId' not found"),
                send(token, "PATCH", patch, """
                        {"packageServices": {"items": [{"patchType": "create", "patchClientId": "no-service"}]}}
                        """, 400));
        assertEquals(List.of("$.tiers.items[0]: must be valid to one and only one schema, but 0 are valid",
                        "$.tiers.items[0]: required property 'patchClientId' not found"),
                send(token, "PATCH", patch, """
                        {"tiers": {"items": [{"patchType": "update", "identity": 5}]}}
                        """, 400));
        assertEquals(List.of("$: property 'pricing' is not defined in the schema and the schema does not allow additional properties"),
                send(token, "PATCH", patch, """
                        {"pricing": {"items": []}}
                        """, 400));
    }

    @Test
    void anMpaasPackageNeedsTypePriceAndMonthlyAndTakesAPriceAsANumberOrANumericString() throws Exception {
        String token = Mpaas.token(newDistributor(), null);
        assertEquals(List.of(), send(token, "POST", Mpaas.PACKAGES, """
                {"PackageName": "Priced as text", "Type": "sip", "Price": "1.12", "Monthly": true}
                """, 200));
        assertEquals(List.of(), send(token, "POST", Mpaas.PACKAGES, """
                {"PackageName": "Priced as a number", "Type": "sip", "Price": 300.5, "Monthly": false, "PackageItems": []}
                """, 200));

        assertEquals(List.of("$: required property 'Monthly' not found", "$: required property 'Price' not found",
                        "$: required property 'Type' not found"),
                send(token, "POST", Mpaas.PACKAGES, """
                        {"PackageName": "Unpriced"}
                        """, 400));
        assertEquals(List.of("$.Price: does not match the regex pattern ^\\s*\\+?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?\\s*$",
                        "$.Price: must be valid to one and only one schema, but 0 are valid",
                        "$.Price: string found, number expected"),
                send(token, "POST", Mpaas.PACKAGES, """
                        {"PackageName": "Badly priced", "Type": "sip", "Price": "cheap", "Monthly": true}
                        """, 400));
        assertEquals(List.of("$.SubscriberId: does not match the regex pattern ^([Tt][Ss][Uu][Ii][Dd]|[Ss][Ii][Dd])-[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"),
                send(token, "POST", "/v1.0/subscriptions", """
                        {"SubscriberId": "TSUID-not-a-uuid", "PackageId": "PID-00000000-0000-4000-8000-000000000000"}
                        """, 400));
    }
}
