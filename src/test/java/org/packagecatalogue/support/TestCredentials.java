package org.packagecatalogue.support;

/**
 * The platform owner the tests bootstrap. The same values are in application.properties (%test)
 * and are handed to the packaged application by {@code ExternalPostgres}.
 */
public final class TestCredentials {

    public static final String AGGREGATOR_KEY = "AGID-7e0a4c1e-0c57-4b8e-9d43-1b2f0a7c9e11";
    public static final String AGGREGATOR_SECRET = "test-aggregator-secret";

    private TestCredentials() {
    }
}
