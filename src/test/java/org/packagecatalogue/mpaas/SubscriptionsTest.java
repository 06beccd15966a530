package org.packagecatalogue.mpaas;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;
import static org.packagecatalogue.support.Mpaas.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubscriptionsTest {

    static final String SUBSCRIBER = "TSUID-a2ad6fb7-2d53-40ce-96e4-ebb7f7c54509";

    @Test
    void aSubscriptionSoldBeforeAPriceUpdateKeepsItsOldPrice() {
        String token = token(newDistributor(), null);
        String pkg = createPackage(token, "Priced", 250, false);
        String sub = as(token).body(Map.of("SubscriberId", SUBSCRIBER, "PackageId", pkg, "TNID", "NID-11111111-2222-4333-8444-555555555555",
                        "ICCID", "8901260123456789012"))
                .post("/v1.0/subscriptions").then().statusCode(200)
                .body("SubscriptionId", matchesPattern("SUB-[0-9a-f-]{36}"))
                .body("SubscriberId", equalTo(SUBSCRIBER))
                .body("TNID", equalTo("NID-11111111-2222-4333-8444-555555555555"))
                .body("ICCID", equalTo("8901260123456789012"))
                .body("PackageId", equalTo(pkg))
                .body("Type", equalTo("sip"))
                .body("Price", equalTo(250))
                .body("Monthly", equalTo(false))
                .body("Active", equalTo(true))
                .extract().path("SubscriptionId");

        as(token).body(Map.of("PackageId", pkg, "Price", 300, "Monthly", true)).post(PACKAGES + "/update").then().statusCode(200)
                .body("Price", equalTo(300));
        String later = as(token).body(Map.of("SubscriberId", "SID-00000000-0000-4000-8000-0000000000aa", "PackageId", pkg))
                .post("/v1.0/subscriptions").then().statusCode(200).body("Price", equalTo(300)).extract().path("SubscriptionId");

        as(token).queryParam("PackageId", pkg).get(PACKAGES + "/subscriptions").then().statusCode(200)
                .body("PackageId", equalTo(pkg))
                .body("Price", equalTo(300))
                .body("Monthly", equalTo(true))
                .body("Subscriptions.SubscriptionId", contains(sub, later))
                .body("Subscriptions[0].Price", equalTo(250))
                .body("Subscriptions[0].Monthly", equalTo(false))
                .body("Subscriptions[1].Price", equalTo(300))
                .body("Subscriptions[1].SubscriberId", equalTo("TSUID-00000000-0000-4000-8000-0000000000aa"));
    }

    @Test
    void aPackageWithAnActiveSubscriptionCannotBeDeletedInEitherDialect() {
        String token = token(newDistributor(), null);
        String pkg = createPackage(token, "Held", 5, true);
        String sub = as(token).body(Map.of("SubscriberId", SUBSCRIBER, "PackageId", pkg)).post("/v1.0/subscriptions")
                .then().statusCode(200).extract().path("SubscriptionId");
        long identity = as(token).get(PACKAGE + "/").then().extract().jsonPath().getLong("items[0].identity");

        error(as(token).body(Map.of("PackageId", pkg)).post(PACKAGES + "/delete").then(), 409, "Conflict");
        billingError(as(token).delete(PACKAGE + "/" + identity).then(), 409, "conflict")
                .body("errors[0].message", equalTo("package " + identity + " cannot be deleted: 1 active subscription(s) use it"));
        billingError(as(token).body(Map.of("packages", Map.of("items", java.util.List.of(Map.of("patchType", "delete", "patchClientId", 1)))))
                .patch(PACKAGE + "/" + identity).then(), 409, "conflict");
        as(token).get(PACKAGE + "/" + identity).then().statusCode(200);

        // once cancelled, it no longer holds the package
        as(token).body(Map.of("SubscriptionId", sub)).post("/v1.0/subscriptions/cancel").then().statusCode(200)
                .body("Active", equalTo(false));
        error(as(token).body(Map.of("SubscriptionId", sub)).post("/v1.0/subscriptions/cancel").then(), 409, "Conflict");
        as(token).delete(PACKAGE + "/" + identity).then().statusCode(200)
                .body("results.items.dtoTypeKey", hasItem("subscription")) // the cancelled subscription goes with it
                .body("results.items.find { it.dtoTypeKey == 'subscription' }.action", equalTo("deleted"));
    }

    @Test
    void badSalesAreRefusedAndOthersSubscriptionsAreNotFound() {
        String token = token(newDistributor(), null);
        String pkg = createPackage(token, "Sold", 1, true);
        error(as(token).body(Map.of("PackageId", pkg)).post("/v1.0/subscriptions").then(), 400, "Bad request")
                .body("Message", equalTo("Bad request: one or more required fields are missing or contain an invalid value. SubscriberId is required."));
        error(as(token).body(Map.of("SubscriberId", "TSUID-nope", "PackageId", pkg)).post("/v1.0/subscriptions").then(), 400, "Bad request");
        error(as(token).body(Map.of("SubscriberId", SUBSCRIBER, "PackageId", pkg, "ICCID", "12")).post("/v1.0/subscriptions").then(), 400, "Bad request");
        error(as(token).body(Map.of("SubscriberId", SUBSCRIBER, "PackageId", "PID-a56cf783-c249-42fa-bf52-529e5886cdd4"))
                .post("/v1.0/subscriptions").then(), 404, "Not found");
        String sub = as(token).body(Map.of("SubscriberId", SUBSCRIBER, "PackageId", pkg)).post("/v1.0/subscriptions")
                .then().statusCode(200).extract().path("SubscriptionId");
        String stranger = token(newDistributor(), null);
        error(as(stranger).body(Map.of("SubscriptionId", sub)).post("/v1.0/subscriptions/cancel").then(), 404, "Not found");
        error(as(stranger).queryParam("PackageId", pkg).get(PACKAGES + "/subscriptions").then(), 404, "Not found");
        error(as(stranger).body(Map.of("SubscriberId", SUBSCRIBER, "PackageId", pkg)).post("/v1.0/subscriptions").then(), 404, "Not found");
    }
}
