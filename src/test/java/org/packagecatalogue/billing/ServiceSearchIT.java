package org.packagecatalogue.billing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.packagecatalogue.packaged.ExternalPostgres;

/** The same API tests against the packaged application (prod profile, external PostgreSQL). */
@QuarkusIntegrationTest
@WithTestResource(ExternalPostgres.class)
class ServiceSearchIT extends ServiceSearchTest {
}
