package org.packagecatalogue.platform;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Who the document is for and how its tokens are checked: the server is the public API, relative to where the document
 * is served ({@code /}, {@code x-internal: false});
 * the bearer scheme says what a client may rely on of its JWTs.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class AudienceDocumented implements OASFilter {

    static final String TOKENS = "A JWT from the dialect's token endpoint, handled as RFC8725 advises: signed by this service's own"
            + " key with the one algorithm it accepts (RS256; alg none and any other are refused), its issuer, audience and expiry"
            + " always checked, and revoked with its client.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // relative: the API is where the document came from; public: these are the operations clients call
        openAPI.setServers(java.util.List.of(org.eclipse.microprofile.openapi.OASFactory.createServer().url("/")
                .description("The API of the deployment that serves this document (production, staging or local alike)").addExtension("x-internal", false)));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
            openAPI.getComponents().getSecuritySchemes().values().forEach(scheme -> scheme.setDescription(TOKENS));
        }
    }
}
