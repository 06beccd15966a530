package org.packagecatalogue.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.packagecatalogue.packaged.ExternalPostgres;
import org.packagecatalogue.support.MachineRequirements;
import org.packagecatalogue.support.TestCredentials;

/**
 * The same calls as {@link GeneratedClientIT}, by an integrator in a second language: a TypeScript client whose types
 * openapi-typescript generates from the document the packaged application serves (/q/openapi), and whose requests
 * openapi-fetch makes (src/client-ts, its packages pinned by package-lock.json). The scenario must type-check
 * against those types (tsc, no casts) and then run to its end against the application, JVM or native.
 */
@QuarkusIntegrationTest
@WithTestResource(ExternalPostgres.class)
@EnabledIf("nodeAvailable")
class TypeScriptClientIT {

    private static final Path SOURCES = Path.of("src/client-ts");
    private static final Path WORK = Path.of("target/client-ts");

    static boolean nodeAvailable() {
        String version = output(List.of("node", "--version"));
        boolean recent = version != null && version.matches("v(1[89]|[2-9]\\d)\\..*");
        boolean npm = output(List.of("npm", "--version")) != null;
        return MachineRequirements.met("TypeScriptClientIT", recent && npm ? null : "Node.js 18 or later with npm (Debian's nodejs and npm)");
    }

    @Test
    void theScenarioRunsThroughTheGeneratedTypeScriptClient() throws Exception {
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json", "tsconfig.json", "scenario.ts")) {
            Files.copy(SOURCES.resolve(file), WORK.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String base = "http://localhost:" + RestAssured.port;
        run(Map.of(), 600, "npm", "ci", "--no-audit", "--no-fund");
        run(Map.of("CATALOGUE_OPENAPI", base + "/q/openapi?format=json"), 120, "npm", "run", "-s", "generate");
        run(Map.of(), 120, "npm", "run", "-s", "check");
        String out = run(Map.of("CATALOGUE_URL", base, "CATALOGUE_AGGREGATOR_KEY", TestCredentials.AGGREGATOR_KEY,
                "CATALOGUE_AGGREGATOR_SECRET", TestCredentials.AGGREGATOR_SECRET), 120, "npm", "run", "-s", "scenario");
        assertEquals(List.of("ok: billing packages", "ok: a PATCH of every kind", "ok: services, search and lookups", "ok: mPaaS packages",
                "ok: items, sales and clients"), out.lines().toList());
    }

    /** Runs a command in the work folder; answers its output, or fails with it. */
    private static String run(Map<String, String> env, int seconds, String... command) throws IOException, InterruptedException {
        Path log = WORK.resolve("command.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end in " + seconds + " s:\n" + Files.readString(log));
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + text);
        return text;
    }

    private static String output(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? text : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
