package org.packagecatalogue.mpaas;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;
import static org.packagecatalogue.support.Mpaas.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ids a client makes (a subscriber's TSUID-…, a number's NID-…) come back exactly as the client wrote them,
 * in every answer and in both dialects' history: a client compares ids as strings. The ids the service makes are
 * lowercase from their first appearance, and a client may send them in any case.
 */
@QuarkusTest
class ClientIdsTest {

    static final String UPPER = "A2AD6FB7-2D53-40CE-96E4-EBB7F7C54509";
    static final String MIXED = "c0ffee00-Beef-4Abc-8DEF-0123456789aB";

    @Test
    void aPackagesSubscriberIdKeepsItsCaseInEveryAnswer() {
        String token = token(newDistributor(), null);
        String pid = as(token).body(Map.of("PackageName", "Upper", "Type", "sip", "Price", 5, "Monthly", true, "SubscriberId", "TSUID-" + UPPER))
                .post(PACKAGES).then().statusCode(200).body("SubscriberId", equalTo("TSUID-" + UPPER)).extract().path("PackageId");
        as(token).queryParam("PackageId", pid).get(PACKAGES).then().statusCode(200).body("SubscriberId", equalTo("TSUID-" + UPPER));
        as(token).get(PACKAGES).then().statusCode(200).body("Packages.find { it.PackageId == '" + pid + "' }.SubscriberId",
                equalTo("TSUID-" + UPPER));
        // the service's own id, sent back in upper case, still finds the package and is answered as it was made
        as(token).body(Map.of("PackageId", pid.toUpperCase(), "SubscriberId", "TSUID-" + MIXED)).post(PACKAGES + "/update").then()
                .statusCode(200).body("PackageId", equalTo(pid)).body("SubscriberId", equalTo("TSUID-" + MIXED));
        as(token).queryParam("PackageId", pid).get(PACKAGES + "/history").then().statusCode(200)
                .body("History.find { it.ObjectType == 'Package' && it.Action == 'updated' }.Fields",
                        equalTo(List.of(Map.of("Field", "SubscriberId", "Before", UPPER, "After", MIXED))));
    }

    @Test
    void aSubscriptionsSubscriberAndNumberKeepTheirCase() {
        String token = token(newDistributor(), null);
        String pkg = createPackage(token, "Sold as sent", 3, true);
        String sub = as(token).body(Map.of("SubscriberId", "TSUID-" + UPPER, "PackageId", pkg, "TNID", "NID-" + MIXED))
                .post("/v1.0/subscriptions").then().statusCode(200)
                .body("SubscriberId", equalTo("TSUID-" + UPPER))
                .body("TNID", equalTo("NID-" + MIXED))
                .extract().path("SubscriptionId");
        as(token).queryParam("PackageId", pkg).get(PACKAGES + "/subscriptions").then().statusCode(200)
                .body("Subscriptions.find { it.SubscriptionId == '" + sub + "' }.SubscriberId", equalTo("TSUID-" + UPPER))
                .body("Subscriptions.find { it.SubscriptionId == '" + sub + "' }.TNID", equalTo("NID-" + MIXED));
        as(token).body(Map.of("SubscriptionId", sub)).post("/v1.0/subscriptions/cancel").then().statusCode(200)
                .body("SubscriberId", equalTo("TSUID-" + UPPER)).body("Active", equalTo(false));
    }

    @Test
    void theBillingDialectsHistoryShowsTheSubscriberAsSent() {
        Client distributor = newDistributor();
        String token = token(distributor, null);
        as(token).body(Map.of("PackageName", "Seen from billing", "Type", "sip", "Price", 5, "Monthly", true, "SubscriberId", "TSUID-" + UPPER))
                .post(PACKAGES).then().statusCode(200);
        String billing = distributor.token();
        int id = as(billing).get(PACKAGE + "/Paged").then().statusCode(200).extract()
                .path("pagedResults.items.find { it.name == 'Seen from billing' }.identity");
        as(billing).get(PACKAGE + "/" + id + "/History").then().statusCode(200)
                .body("pagedResults.items.find { it.objectType == 'package' }.fields.find { it.name == 'subscriberId' }.after",
                        equalTo(UPPER));
    }
}
