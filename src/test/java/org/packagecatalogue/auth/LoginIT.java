package org.packagecatalogue.auth;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.packagecatalogue.packaged.ExternalPostgres;

/** The token endpoint of the packaged application (prod profile, keys and owner from configuration). */
@QuarkusIntegrationTest
@QuarkusTestResource(value = ExternalPostgres.class, restrictToAnnotatedClass = true)
class LoginIT extends LoginTest {
}
