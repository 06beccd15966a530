package org.packagecatalogue.platform;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers every operation shares, each in its dialect's own shape, so that no operation
 * lists them by hand and none forgets one. The shapes are the components {@code BillingError},
 * {@code TokenError} and {@code MpaasError} of {@code META-INF/openapi.yaml}. An answer an operation documents
 * itself (a 404 with its own description, say) is left as it is.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ErrorAnswersDocumented implements OASFilter {

    /** Answers any operation can give: the platform's checks run before the operation's own. */
    private static final Map<String, String> EVERY_OPERATION = ordered(
            "400", "Bad input: every problem at once",
            "401", "Missing, expired, revoked or invalid credentials",
            "403", "The client may not do this (a read-only client writing, or a token scoped to another endpoint)",
            "404", "Missing, or another tenant's: the two are indistinguishable",
            "429", "Too many requests: retry after the Retry-After header's seconds",
            "500", "An unexpected failure: quote the trackingId when reporting it",
            "503", "The database is unavailable or the service is shutting down: retry after Retry-After",
            "504", "The database did not answer in time: retry with exponential backoff");

    /** Answers of operations that take a body or change something. */
    private static final Map<String, String> WRITES = ordered(
            "408", "The request body did not arrive in time",
            "409", "Conflict: in use, a duplicate, or an Idempotency-Key reused with another body",
            "412", "If-Match names a version that is no longer current: read it again",
            "413", "The request body is over the limit",
            "415", "The request body is not of a supported media type");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String schema = errorSchema(path);
            if (schema == null) {
                return;
            }
            APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
            operation.setResponses(responses);
            boolean token = isTokenPath(path);
            EVERY_OPERATION.forEach((status, description) -> {
                if (!(token && ("401".equals(status) || "403".equals(status) || "404".equals(status)))) {
                    add(components, responses, status, description, schema);
                }
            });
            if (token) {
                add(components, responses, "401", "Unknown client, wrong or revoked secret", schema);
            }
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD || operation.getRequestBody() != null) {
                WRITES.forEach((status, description) -> {
                    if (!(token && ("409".equals(status) || "412".equals(status)))) {
                        add(components, responses, status, description, schema);
                    }
                });
            }
        }));
    }

    private static boolean isTokenPath(String path) {
        return path.startsWith("/AuthorizationServer/") || path.startsWith("/v1.0/oauth2/") || path.startsWith("/v1.0/OAuth2/");
    }

    private static String errorSchema(String path) {
        if (path.startsWith("/ResourceServer/")) {
            return "BillingError";
        }
        if (path.startsWith("/AuthorizationServer/")) {
            return "TokenError";
        }
        if (path.startsWith("/v1.0/")) {
            return "MpaasError";
        }
        return null;
    }

    /**
     * Adds the answer, unless the operation documents it itself: as a reference to one shared answer per dialect and
     * status ({@code components.responses}, e.g. {@code BillingError404}), so that the document, which every replica
     * prepares as it starts, does not repeat them under every operation.
     */
    private static void add(Components components, APIResponses responses, String status, String description, String schema) {
        if (responses.hasAPIResponse(status)) {
            // documented by the operation (a description, an example): give it the dialect's shape if it has none
            var existing = responses.getAPIResponse(status);
            if (existing.getContent() == null) {
                existing.setContent(OASFactory.createContent());
            }
            var media = existing.getContent().getMediaType("application/json");
            if (media == null) {
                existing.getContent().addMediaType("application/json", OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema)));
            } else if (media.getSchema() == null) {
                media.setSchema(OASFactory.createSchema().ref(schema));
            }
            return;
        }
        String shared = schema + status;
        if (components.getResponses() == null || !components.getResponses().containsKey(shared)) {
            components.addResponse(shared, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType("application/json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema)))));
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(shared));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
