package org.packagecatalogue.platform;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.packagecatalogue.packaged.ExternalPostgres;

/** The same API tests against the packaged application (prod profile, external PostgreSQL). */
@QuarkusIntegrationTest
@QuarkusTestResource(value = ExternalPostgres.class, restrictToAnnotatedClass = true)
class IdempotencyIT extends IdempotencyTest {
}
