package org.packagecatalogue.webhooks;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.packagecatalogue.support.Api.*;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;
import org.packagecatalogue.support.Mpaas;
import org.packagecatalogue.support.Receiver;

/**
 * Webhooks end to end, with real HTTP receivers of the test's own: events arrive signed (and verify with the
 * Standard Webhooks project's own library), in CloudEvents form and the endpoint's dialect, in commit order per
 * object after a receiver comes back; a rolled-back write sends nothing; loopback targets and redirects are
 * refused; a receiver that hangs does not slow the API; deliveries are listed and sent again.
 */
@QuarkusTest
@TestProfile(WebhooksTest.Sending.class)
class WebhooksTest {

    @Inject
    AgroalDataSource db;

    public static class Sending implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalogue.webhooks.sender-enabled", "true", "catalogue.webhooks.allowed-hosts", "localhost",
                    "catalogue.webhooks.first-retry", "200ms", "catalogue.webhooks.poll-interval", "200ms",
                    "catalogue.webhooks.timeout", "1s", "catalogue.webhooks.rotation-grace", "PT1H",
                    "catalogue.webhooks.max-age", "3s", "catalogue.webhooks.disable-after", "6s");
        }
    }

    private static final String WEBHOOKS = "/v1.0/webhooks";
    private static final String BAD_REQUEST = "Bad request: one or more required fields are missing or contain an invalid value.";
    private static final String BILLING_WEBHOOK = "/ResourceServer/api/v10/Webhook";

    private static JsonPath register(String token, String url, List<String> types) {
        return as(token).body(Map.of("Url", url, "EventTypes", types, "Description", "test receiver")).post(WEBHOOKS)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eventsArriveSignedInCloudEventsFormAndVerifyWithTheStandardLibrary() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Api.Client distributor = newDistributor();
            String token = Mpaas.token(distributor, null);
            JsonPath endpoint = register(token, receiver.url(), List.of("package.*"));
            String secret = endpoint.getString("Secret");
            assertTrue(secret.startsWith("whsec_"));
            String pid = Mpaas.createPackage(token, "Announced", 5, true);
            assertTrue(Receiver.await(() -> receiver.received().size() == 1, 10), "one event: " + receiver.received());

            Receiver.Received event = receiver.received().get(0);
            new Webhook(secret).verify(event.body(), event.headers()); // throws when the signature does not verify
            JsonPath body = JsonPath.from(event.body());
            assertEquals("1.0", body.getString("specversion"));
            assertEquals("catalogue.package.created", body.getString("type"));
            assertEquals("/package-catalogue", body.getString("source"));
            assertEquals(pid, body.getString("subject"));
            assertEquals("application/json", body.getString("datacontenttype"));
            assertEquals(event.header("webhook-id"), body.getString("id"));
            assertEquals(pid, body.getString("data.ObjectId"));
            assertEquals(distributor.clientId(), body.getString("data.AccountKey"));
            assertEquals(List.of(Map.of("Field", "PackageName", "After", "Announced")),
                    body.getList("data.Fields.findAll { it.Field == 'PackageName' }").stream()
                            .map(f -> Map.of("Field", ((Map<?, ?>) f).get("Field"), "After", ((Map<?, ?>) f).get("After"))).toList());
            // the frequency the sale made is not a package.* event
            Thread.sleep(500);
            assertEquals(1, receiver.received().size());

            // a changed body does not verify
            org.junit.jupiter.api.Assertions.assertThrows(WebhookVerificationException.class,
                    () -> new Webhook(secret).verify(event.body().replace("Announced", "Forged"), event.headers()));

            // the delivery is listed, and can be sent again with the same webhook-id
            String webhookId = endpoint.getString("WebhookId");
            String delivery = as(token).queryParam("WebhookId", webhookId).get(WEBHOOKS + "/deliveries").then().statusCode(200)
                    .body("Deliveries", hasSize(1))
                    .body("Deliveries[0].Status", equalTo("delivered"))
                    .body("Deliveries[0].Attempts", equalTo(1))
                    .body("Deliveries[0].LastStatusCode", equalTo(200))
                    .body("Deliveries[0].Type", equalTo("catalogue.package.created"))
                    .extract().path("Deliveries[0].DeliveryId");
            assertEquals(event.header("webhook-id"), delivery);
            as(token).body(Map.of("WebhookId", webhookId, "DeliveryId", delivery)).post(WEBHOOKS + "/redeliver").then().statusCode(200)
                    .body("Status", equalTo("pending"));
            assertTrue(Receiver.await(() -> receiver.received().size() == 2, 10));
            assertEquals(delivery, receiver.received().get(1).header("webhook-id"), "a redelivery keeps its webhook-id");

            // a rotated secret: both sign during the grace period, so a receiver with either verifies
            String rotated = as(token).body(Map.of("WebhookId", webhookId)).post(WEBHOOKS + "/rotate").then().statusCode(200)
                    .extract().path("Secret");
            as(token).body(Map.of("PackageId", pid, "PackageName", "Announced again")).post(Mpaas.PACKAGES + "/update").then().statusCode(200);
            assertTrue(Receiver.await(() -> receiver.received().size() == 3, 10));
            Receiver.Received afterRotation = receiver.received().get(2);
            new Webhook(rotated).verify(afterRotation.body(), afterRotation.headers());
            new Webhook(secret).verify(afterRotation.body(), afterRotation.headers());
            assertEquals(2, afterRotation.header("webhook-signature").split(" ").length);

            // tenancy: another owner does not see it
            String stranger = Mpaas.token(newDistributor(), null);
            Mpaas.error(as(stranger).queryParam("WebhookId", webhookId).get(WEBHOOKS).then(), 404, "Not found");
            as(token).get(WEBHOOKS).then().statusCode(200).body("Webhooks.WebhookId", contains(webhookId))
                    .body("Webhooks[0].keySet()", not(hasItem("Secret")));
        }
    }

    @Test
    void billingEndpointsGetBillingNamesAndARolledBackWriteSendsNothing() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String token = newDistributor().token();
            long id = createPackage(token, "Billed");
            JsonPath made = as(token).body(Map.of("url", receiver.url(), "eventTypes", List.of("package.updated")))
                    .post(BILLING_WEBHOOK + "/").then().statusCode(200).body("type", equalTo("create"))
                    .body("results.items[0].eventTypes", contains("package.updated")).extract().jsonPath();
            String secret = made.getString("results.items[0].secret");
            long webhook = made.getLong("results.items[0].identity");
            billingError(as(token).body(Map.of("name", "")).put(PACKAGE + "/" + id).then(), 400, "validation");
            as(token).body(Map.of("packageCurrencies", Map.of("items", List.of(
                    Map.of("patchType", "create", "patchClientId", 1, "currencyId", 840),
                    Map.of("patchType", "create", "patchClientId", 2, "currencyId", 999999)))))
                    .patch(PACKAGE + "/" + id).then().statusCode(400);
            as(token).body(Map.of("name", "Billed 2")).put(PACKAGE + "/" + id).then().statusCode(200);
            assertTrue(Receiver.await(() -> receiver.received().size() == 1, 10));
            Thread.sleep(500);
            assertEquals(1, receiver.received().size(), "only the committed change: " + receiver.received());
            Receiver.Received event = receiver.received().get(0);
            new Webhook(secret).verify(event.body(), event.headers());
            JsonPath body = JsonPath.from(event.body());
            assertEquals("catalogue.package.updated", body.getString("type"));
            assertEquals("package/" + id, body.getString("subject"));
            assertEquals(id, body.getLong("data.objectId"));
            assertEquals(List.of(Map.of("name", "name", "before", "Billed", "after", "Billed 2")), body.getList("data.fields"));

            as(token).get(BILLING_WEBHOOK + "/" + webhook + "/Deliveries").then().statusCode(200)
                    .body("items.status", contains("delivered"));
            as(token).post(BILLING_WEBHOOK + "/" + webhook + "/Disable").then().statusCode(200).body("results.items[0].enabled", equalTo(false))
                    .body("results.items[0].disabledReason", equalTo("disabled by its owner"));
            as(token).body(Map.of("name", "Billed 3")).put(PACKAGE + "/" + id).then().statusCode(200);
            Thread.sleep(700);
            assertEquals(1, receiver.received().size(), "nothing is sent to a disabled endpoint");
            as(token).post(BILLING_WEBHOOK + "/" + webhook + "/Enable").then().statusCode(200).body("results.items[0].enabled", equalTo(true));
            billingError(as(newDistributor().token()).get(BILLING_WEBHOOK + "/" + webhook).then(), 404, "notFound");
            as(token).delete(BILLING_WEBHOOK + "/" + webhook).then().statusCode(200);
            billingError(as(token).get(BILLING_WEBHOOK + "/" + webhook).then(), 404, "notFound");
        }
    }

    @Test
    void aReceiverThatWasDownGetsItsEventsInCommitOrder() throws Exception {
        AtomicInteger refusals = new AtomicInteger(3);
        try (Receiver receiver = new Receiver().answering(() -> refusals.getAndDecrement() > 0 ? 503 : 200)) {
            String token = Mpaas.token(newDistributor(), null);
            register(token, receiver.url(), List.of("package.updated"));
            String pid = Mpaas.createPackage(token, "Ordered", 5, true);
            for (int i = 1; i <= 5; i++) {
                as(token).body(Map.of("PackageId", pid, "PackageName", "Ordered " + i)).post(Mpaas.PACKAGES + "/update").then().statusCode(200);
            }
            assertTrue(Receiver.await(() -> receiver.received().stream().filter(r -> r.header("webhook-id") != null).map(r -> r.header("webhook-id"))
                    .distinct().count() == 5 && refusals.get() < 0, 30), "all five after the receiver came back: " + receiver.received().size());
            List<String> accepted = receiver.received().subList(3, receiver.received().size()).stream()
                    .map(r -> JsonPath.from(r.body()).getString("data.Fields.find { it.Field == 'PackageName' }.After")).toList();
            assertEquals(List.of("Ordered 1", "Ordered 2", "Ordered 3", "Ordered 4", "Ordered 5"), accepted.stream().distinct().toList(),
                    "in commit order");
        }
    }

    /**
     * Each object's next event is made ready when the one before it is settled; one written while that settle
     * was under way is seen by neither. The sender's sweep must still send such events, in their order.
     */
    @Test
    void eventsThatNoOneMadeReadyAreStillSentInCommitOrder() throws Exception {
        AtomicInteger refusals = new AtomicInteger(1);
        try (Receiver receiver = new Receiver().answering(() -> refusals.getAndDecrement() > 0 ? 503 : 200)) {
            String token = Mpaas.token(newDistributor(), null);
            String webhookId = register(token, receiver.url(), List.of("package.updated")).getString("WebhookId");
            String pid = Mpaas.createPackage(token, "Stranded", 5, true);
            for (int i = 1; i <= 3; i++) {
                as(token).body(Map.of("PackageId", pid, "PackageName", "Stranded " + i)).post(Mpaas.PACKAGES + "/update").then().statusCode(200);
            }
            assertTrue(Receiver.await(() -> !receiver.received().isEmpty(), 10), "the first attempt was refused");
            try (var c = db.getConnection(); var s = c.prepareStatement("update webhook_outbox set ready = false where status = 'pending'"
                    + " and endpoint_id = (select id from webhook_endpoint where uid = ?::uuid)")) {
                s.setString(1, webhookId.substring("WHID-".length()));
                assertEquals(3, s.executeUpdate(), "all three pending, none ready");
            }
            assertTrue(Receiver.await(() -> receiver.received().stream().map(r -> r.header("webhook-id")).distinct().count() == 3
                    && receiver.received().size() == 4, 15), "all three sent: " + receiver.received().size());
            List<String> accepted = receiver.received().subList(1, 4).stream()
                    .map(r -> JsonPath.from(r.body()).getString("data.Fields.find { it.Field == 'PackageName' }.After")).toList();
            assertEquals(List.of("Stranded 1", "Stranded 2", "Stranded 3"), accepted, "in commit order");
        }
    }

    @Test
    void loopbackTargetsAndRedirectsToThemAreRefused() throws Exception {
        try (Receiver inside = new Receiver(); Receiver redirecting = new Receiver()) {
            String token = Mpaas.token(newDistributor(), null);
            String loopback = "http://127.0.0.1:" + inside.port() + "/hook";
            refused(token, Map.of("Url", loopback), "Url resolves to a loopback, link-local, private or metadata address, which is not allowed.");
            refused(token, Map.of("Url", "http://169.254.169.254/latest/meta-data"),
                    "Url resolves to a loopback, link-local, private or metadata address, which is not allowed.");
            refused(token, Map.of("Url", "ftp://example.org/hook"), "Url must be an http or https URL.");
            refused(token, Map.of("Url", redirecting.url(), "EventTypes", List.of("package.sold", "nothing.at.all")),
                    "EventTypes names no event type: nothing.at.all (use *, an object type and .*, or an object type and an action,"
                            + " e.g. package.updated).");

            redirecting.redirectingTo(loopback);
            String webhookId = register(token, redirecting.url(), List.of("*")).getString("WebhookId");
            Mpaas.createPackage(token, "Redirected", 5, true);
            assertTrue(Receiver.await(() -> redirecting.received().size() >= 2, 10));
            Thread.sleep(500);
            assertEquals(0, inside.received().size(), "the redirect was not followed");
            as(token).queryParam("WebhookId", webhookId).get(WEBHOOKS + "/deliveries").then().statusCode(200)
                    .body("Deliveries.Status", everyItem(equalTo("pending")))
                    .body("Deliveries.LastStatusCode", everyItem(equalTo(302)))
                    .body("Deliveries[0].LastError", equalTo("answered 302 (redirects are not followed)"));
        }
    }

    private static void refused(String token, Map<String, Object> body, String why) {
        Mpaas.error(as(token).body(body).post(WEBHOOKS).then(), 400, "Bad").body("Message", equalTo(BAD_REQUEST + " " + why));
    }

    @Test
    void aReceiverThatHangsDoesNotSlowTheApi() throws Exception {
        try (Receiver hanging = new Receiver().hanging(Duration.ofSeconds(10))) {
            String token = Mpaas.token(newDistributor(), null);
            register(token, hanging.url(), List.of("*"));
            String pid = Mpaas.createPackage(token, "Hanging", 5, true);
            for (int i = 0; i < 20; i++) {
                long started = System.nanoTime();
                as(token).body(Map.of("PackageId", pid, "Price", 6 + i)).post(Mpaas.PACKAGES + "/update").then().statusCode(200);
                assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2000, "a write answers while the receiver hangs");
            }
            assertTrue(Receiver.await(() -> !hanging.received().isEmpty(), 5), "the receiver was being sent to");
        }
    }

    /** Retries end at the max age (3 s here): the event is failed; an endpoint failing for disable-after (6 s) is disabled, and says why. */
    @Test
    void anEndpointThatKeepsFailingGivesUpItsOldEventsAndIsDisabled() throws Exception {
        try (Receiver failing = new Receiver().answering(() -> 500)) {
            String token = Mpaas.token(newDistributor(), null);
            String webhookId = register(token, failing.url(), List.of("package.updated")).getString("WebhookId");
            String pid = Mpaas.createPackage(token, "Unheard", 5, true);
            long started = System.nanoTime();
            int i = 0;
            while (Duration.ofNanos(System.nanoTime() - started).toSeconds() < 15
                    && as(token).queryParam("WebhookId", webhookId).get(WEBHOOKS).then().extract().<Boolean>path("Enabled")) {
                as(token).body(Map.of("PackageId", pid, "PackageName", "Unheard " + ++i)).post(Mpaas.PACKAGES + "/update").then().statusCode(200);
                Thread.sleep(400);
            }
            as(token).queryParam("WebhookId", webhookId).get(WEBHOOKS).then().statusCode(200)
                    .body("Enabled", equalTo(false))
                    .body("DisabledReason", equalTo("every delivery failed for PT6S; the last: answered 500"))
                    .body("FailingSince", notNullValue());
            as(token).queryParam("WebhookId", webhookId).queryParam("Limit", 1000).get(WEBHOOKS + "/deliveries").then().statusCode(200)
                    .body("Deliveries[-1].Status", equalTo("failed"))
                    .body("Deliveries[-1].LastStatusCode", equalTo(500))
                    .body("Deliveries[-1].LastError", equalTo("answered 500"));
            int heard = failing.received().size();
            as(token).body(Map.of("PackageId", pid, "PackageName", "Unheard at last")).post(Mpaas.PACKAGES + "/update").then().statusCode(200);
            Thread.sleep(700);
            assertEquals(heard, failing.received().size(), "nothing more is sent to the disabled endpoint");
        }
    }

    @Test
    void anAggregatorCanReceiveItsDistributorsEvents() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String aggregator = Mpaas.token(aggregator(), null);
            as(aggregator).body(Map.of("Url", receiver.url(), "EventTypes", List.of("service.created"), "IncludeDistributors", true))
                    .post(WEBHOOKS).then().statusCode(200).body("IncludeDistributors", equalTo(true));
            String distributor = Mpaas.token(newDistributor(), null);
            String product = as(distributor).body(Map.of("ProductName", "Seen above")).post("/v1.0/products").then().statusCode(200)
                    .extract().path("ProductId");
            assertTrue(Receiver.await(() -> receiver.received().stream().anyMatch(r -> r.body().contains(product)), 10));
        }
    }
}
