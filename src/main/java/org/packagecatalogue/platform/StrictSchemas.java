package org.packagecatalogue.platform;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The answers are Java records, which Jackson writes whole: every component, nothing else. So every object
 * schema built from them lists all its properties as required and admits no others, unless the record says
 * otherwise ({@code requiredProperties} where {@code @JsonInclude(NON_NULL)} leaves a null out). Properties
 * that may be null say so on the record ({@code @Schema(nullable = true)}). Schemas that state
 * {@code additionalProperties} themselves are left as written.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StrictSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(StrictSchemas::tighten);
    }

    private static void tighten(Schema schema) {
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return;
        }
        if (schema.getAdditionalPropertiesBoolean() != null || schema.getAdditionalPropertiesSchema() != null) {
            return; // written by hand (the request bodies admit fields they ignore)
        }
        schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
        if (schema.getRequired() == null || schema.getRequired().isEmpty()) {
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }
}
