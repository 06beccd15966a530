package org.packagecatalogue.mpaas;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class OneWritePathIT extends OneWritePathTest {
}
