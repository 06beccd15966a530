package org.packagecatalogue.auth;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.packagecatalogue.packaged.ExternalPostgres;

/** The token endpoint of the packaged application (prod profile, keys and owner from configuration). */
@QuarkusIntegrationTest
@WithTestResource(ExternalPostgres.class)
class LoginIT extends LoginTest {
}
