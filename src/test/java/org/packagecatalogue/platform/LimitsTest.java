package org.packagecatalogue.platform;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Mpaas;

@QuarkusTest
class LimitsTest {

    @Inject
    EntityManager em;

    @Test
    void aBodyOverTheLimitIsA413InEachDialectsShape() {
        String token = newDistributor().token();
        String huge = "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        billingError(as(token).body(huge).post(PACKAGE + "/").then(), 413, "payloadTooLarge");
        Mpaas.error(as(token).body(huge).post(Mpaas.PACKAGES).then(), 413, "Payload too large");
        // just under the limit is read (and then judged on its merits)
        String big = "{\"name\": \"" + "x".repeat(500_000) + "\"}";
        billingError(as(token).body(big).post(PACKAGE + "/").then(), 400, "validation")
                .body("errors[0].code", equalTo("tooLong"));
    }

    @Test
    void everyConnectionHasTheStatementTimeout() {
        String timeout = QuarkusTransaction.requiringNew().call(() ->
                (String) em.createNativeQuery("show statement_timeout").getSingleResult());
        Assertions.assertEquals("10s", timeout);
    }

    @Test
    void aStatementPastTheTimeoutIsRecognisedAsOne() {
        RuntimeException failure = Assertions.assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("set local statement_timeout = '50ms'").executeUpdate();
            em.createNativeQuery("select cast(pg_sleep(1) as text)").getSingleResult();
        }));
        Assertions.assertTrue(ExceptionMappers.isStatementTimeout(failure), "answered as 504: " + failure);
        Assertions.assertFalse(ExceptionMappers.isDatabaseUnavailable(failure));
    }
}
