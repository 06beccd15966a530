package org.packagecatalogue.platform;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.Socket;
import java.util.List;
import java.util.logging.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.LogCapture;
import org.packagecatalogue.support.Mpaas;

@QuarkusTest
class LimitsTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

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
        Assertions.assertEquals(org.packagecatalogue.catalogue.DatabaseFailure.TIMEOUT,
                org.packagecatalogue.catalogue.DatabaseFailure.of(failure), "answered as 504: " + failure);
    }

    @Test
    void aClientThatHangsUpMidBodyIsNoErrorInTheLog() throws Exception {
        String token = newDistributor().token();
        try (LogCapture capture = LogCapture.start()) {
            for (String path : List.of(PACKAGE + "/", Mpaas.PACKAGES)) {
                try (Socket socket = sendHalfABody(port, path, token)) {
                    Thread.sleep(300); // the request is being read when the client goes
                }
            }
            Thread.sleep(500);
            List<LogCapture.Line> errors = capture.lines().stream().filter(line -> line.level().intValue() >= Level.SEVERE.intValue()).toList();
            Assertions.assertEquals(List.of(), errors, "a client hanging up is routine, not an error");
        }
        // and the service serves on
        createPackage(token, "After a hang-up");
    }
}
