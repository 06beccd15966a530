package org.packagecatalogue.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;

/**
 * The authentication failure handler that Quarkus REST's own route finds is ours, so that route skips its work (a request
 * mapper built per request), and failures still take each dialect's error shape (ApiSecurityTest covers every bad token).
 */
@QuarkusTest
class AuthenticationFailuresTest {

    static final String RECORD = "X-Test-Record-Auth-Handler";

    /** Just after Quarkus REST's route: which handler it left, for requests that ask (by trackingId). */
    @ApplicationScoped
    static class HandlerLeft {
        static final Map<String, String> BY_TRACKING_ID = new ConcurrentHashMap<>();

        void install(@Observes Router router) {
            router.route().order(AuthenticationFailures.ORDER + 1).handler(ctx -> {
                if (ctx.request().getHeader(RECORD) != null) {
                    Object handler = ctx.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
                    BY_TRACKING_ID.put(TrackingIds.of(ctx), handler == AuthenticationFailures.FAIL_THE_REQUEST ? "ours"
                            : handler == null ? "none" : handler.getClass().getName());
                }
                ctx.next();
            });
        }
    }

    @Test
    void quarkusRestFindsOurHandlerInPlaceOnEveryKindOfRequest() {
        String token = Api.aggregator().token();
        String read = Api.as(token).header(RECORD, "1").get(Api.PACKAGE + "/AvailableFor/SharePlan/Participation")
                .then().statusCode(200).extract().header(TrackingIds.HEADER);
        String refused = given().auth().oauth2("not-a-token").header(RECORD, "1").get(Api.PACKAGE + "/Paged")
                .then().statusCode(401).body("type", equalTo("unauthorized")).extract().header(TrackingIds.HEADER);
        String anonymous = given().header(RECORD, "1").get("/v1.0/packages")
                .then().statusCode(401).extract().header(TrackingIds.HEADER);

        assertEquals(Map.of(read, "ours", refused, "ours", anonymous, "ours"),
                Map.of(read, HandlerLeft.BY_TRACKING_ID.get(read), refused, HandlerLeft.BY_TRACKING_ID.get(refused),
                        anonymous, HandlerLeft.BY_TRACKING_ID.get(anonymous)));
    }
}
