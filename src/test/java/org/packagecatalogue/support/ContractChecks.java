package org.packagecatalogue.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Puts {@link ContractFilter} in front of every REST Assured request of every {@code @QuarkusTest}. */
public class ContractChecks implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ContractFilter.INSTANCE)) {
            RestAssured.filters(ContractFilter.INSTANCE);
        }
    }
}
