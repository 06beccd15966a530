package org.packagecatalogue.platform;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the headers every API answer carries: the rate limiter's {@code RateLimit-Policy} and {@code RateLimit}
 * (draft-ietf-httpapi-ratelimit-headers-10, see {@link RateLimits}), and {@code Retry-After} on a 429 or a 503.
 * Runs after the filters that add operations and answers (a lower priority runs later).
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -10)
public class AnswerHeadersDocumented implements OASFilter {

    private static final List<String> API_PREFIXES = List.of("/ResourceServer/", "/AuthorizationServer/", "/v1.0/");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addHeader(RateLimits.POLICY_HEADER, header("The client's rate limit: " + RateLimits.POLICY
                        + ";q=<requests it may burst>;w=<seconds in which a spent burst refills>. Sent while the limiter is on.",
                        "\"client\";q=400;w=2"))
                .addHeader(RateLimits.STATE_HEADER, header("What is left of it: " + RateLimits.POLICY
                        + ";r=<requests left now>;t=<seconds until it is full again>. Sent while the limiter is on.",
                        "\"client\";r=399;t=1"))
                .addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)
                                .format("int32").minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(3600))));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (API_PREFIXES.stream().noneMatch(path::startsWith)) {
                return;
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    return;
                }
                operation.getResponses().getAPIResponses().forEach(AnswerHeadersDocumented::addHeaders);
            });
        });
        // the answers operations share (ErrorAnswersDocumented), named by their status: BillingError429
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().forEach((name, response) -> addHeaders(name.substring(name.length() - 3), response));
        }
    }

    private static void addHeaders(String status, APIResponse response) {
        if (response.getRef() != null) {
            return; // a shared answer, which has them
        }
        add(response, RateLimits.POLICY_HEADER);
        add(response, RateLimits.STATE_HEADER);
        if ("429".equals(status) || "503".equals(status)) {
            add(response, "Retry-After");
        }
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .maxLength(128).pattern("^\"client\";[a-z]=\\d+;[a-z]=\\d+$"));
    }

    private static void add(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(name));
        }
    }
}
