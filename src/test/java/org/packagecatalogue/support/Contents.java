package org.packagecatalogue.support;

import static org.packagecatalogue.support.Api.PACKAGE;
import static org.packagecatalogue.support.Api.as;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Builds packages with contents through the public API. */
public final class Contents {

    public static final String SERVICE = "/ResourceServer/api/v10/Service";
    public static final int USD = 840;
    public static final int EUR = 978;

    private Contents() {
    }

    public static long createService(String token, String name) {
        return as(token).body(Map.of("name", name, "serviceCategoryId", 2)).post(SERVICE + "/")
                .then().statusCode(200).extract().jsonPath().getLong("results.items[0].identity");
    }

    /**
     * A package with two services, each with a usage bucket of three tiers, two frequencies and two
     * currencies (USD, EUR), made by one PATCH. Answers the PATCH's answer.
     */
    public static JsonPath fullPackage(String token, String name, String skuPrefix) {
        long serviceA = createService(token, name + " data");
        long serviceB = createService(token, name + " voice");
        long id = Api.createPackage(token, name);
        Map<String, Object> body = Map.of(
                "packageServices", Map.of("items", List.of(
                        Map.of("patchType", "create", "patchClientId", 1, "serviceId", serviceA,
                                "defaultInstances", 1, "minimumInstances", 0, "maximumInstances", 5, "termId", 5, "usageClassDynamicId", 1),
                        Map.of("patchType", "create", "patchClientId", 2, "serviceId", serviceB,
                                "defaultInstances", 2, "minimumInstances", 1, "maximumInstances", 2))),
                "packageFrequencies", Map.of("items", List.of(
                        Map.of("patchType", "create", "patchClientId", 3, "frequency", 1, "frequencyTypeId", 1,
                                "sku", skuPrefix + "-M", "name", "Monthly", "isActive", true, "countingRuleId", 1),
                        Map.of("patchType", "create", "patchClientId", 4, "frequency", 1, "frequencyTypeId", 2,
                                "sku", skuPrefix + "-Y", "name", "Yearly", "isActive", true))),
                "packageCurrencies", Map.of("items", List.of(
                        Map.of("patchType", "create", "patchClientId", 5, "currencyId", USD),
                        Map.of("patchType", "create", "patchClientId", 6, "currencyId", EUR))),
                "usageBuckets", Map.of("items", List.of(
                        Map.of("patchType", "create", "patchClientId", 7, "packageServicePatchClientId", 1,
                                "name", "Data bucket", "prorate", true, "usageBucketBaseUnitId", 1,
                                "contributions", List.of(Map.of("identity", 37, "serviceName", "Shared plan"))),
                        Map.of("patchType", "create", "patchClientId", 8, "packageServicePatchClientId", 2,
                                "name", "Voice bucket", "isInfiniteLastTier", true))),
                "tiers", Map.of("items", List.of(
                        tier(9, 7, 0, "0"), tier(10, 7, 1024, "0.05"), tier(11, 7, 10240, "0.02"),
                        tier(12, 8, 0, "0"), tier(13, 8, 60, "0.10"), tier(14, 8, 600.5, "0.08"))));
        return as(token).body(body).patch(PACKAGE + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> tier(int clientId, int bucketClientId, Number threshold, String money) {
        return Map.of("patchType", "create", "patchClientId", clientId, "usageBucketPatchClientId", bucketClientId,
                "threshold", threshold, "money", new java.math.BigDecimal(money), "flatCharge", new java.math.BigDecimal("1.50"),
                "currencyId", USD, "usageUnitId", 3, "packageFrequencyPatchClientId", 3);
    }
}
