package org.packagecatalogue.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.packagecatalogue.packaged.ExternalPostgres;

/** Header values checked by the packaged application: in the native pass, by its own check (platform/nativeimage). */
@QuarkusIntegrationTest
@WithTestResource(ExternalPostgres.class)
class HeaderChecksIT extends HeaderChecksTest {
}
