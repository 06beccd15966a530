package org.packagecatalogue.billing;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.packages.CataloguePackage;
import org.packagecatalogue.catalogue.packages.PackageDeletionGuard;

/**
 * The delete guard: a package something still holds is refused with a 409 and left whole. Until
 * subscriptions exist (the mPaaS issue), a test guard stands in for "an active subscription uses it".
 */
@QuarkusTest
class DeletionGuardTest {

    @ApplicationScoped
    public static class HeldPackages implements PackageDeletionGuard {
        @Override
        public Optional<String> refusal(CataloguePackage pkg) {
            return pkg.name.startsWith("Held:") ? Optional.of("an active subscription uses it") : Optional.empty();
        }
    }

    @Test
    void aHeldPackageIsNotDeletedInAnyWay() {
        String token = newDistributor().token();
        long held = createPackage(token, "Held: subscribed");
        billingError(as(token).delete(PACKAGE + "/" + held).then(), 409, "conflict")
                .body("errors[0].message", equalTo("package " + held + " cannot be deleted: an active subscription uses it"));
        billingError(as(token).body(Map.of("packages", Map.of("items", List.of(Map.of("patchType", "delete", "patchClientId", 1)))))
                .patch(PACKAGE + "/" + held).then(), 409, "conflict");
        as(token).get(PACKAGE + "/" + held).then().statusCode(200).body("instance.name", equalTo("Held: subscribed"));
        // a package nothing holds goes
        as(token).delete(PACKAGE + "/" + createPackage(token, "Free")).then().statusCode(200);
    }
}
