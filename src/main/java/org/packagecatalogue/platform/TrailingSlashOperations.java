package org.packagecatalogue.platform;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * The billing API's clients spell its collections with a trailing slash ({@code GET Package/}, {@code POST
 * Service/}, {@code GET PackageCategory/}), and the service answers both spellings. Documenting only the one
 * without the slash let validators match {@code Package/} to {@code Package/{id}} with an empty id; so each
 * collection is also documented with the slash, as the same operation under its own operationId.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class TrailingSlashOperations implements OASFilter {

    private static final String BILLING = "/ResourceServer/api/v10/";
    static final String SUFFIX = "WithSlash";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, PathItem> added = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (isBillingCollection(path) && !openAPI.getPaths().hasPathItem(path + "/")) {
                PathItem slashed = OASFactory.createPathItem().parameters(item.getParameters());
                item.getOperations().forEach((method, operation) -> slashed.setOperation(method, copy(operation)));
                added.put(path + "/", slashed);
            }
        });
        added.forEach(openAPI.getPaths()::addPathItem);
    }

    /** {@code /ResourceServer/api/v10/Package}, {@code …/{lookup}}: one segment under the billing API. */
    static boolean isBillingCollection(String path) {
        return path.startsWith(BILLING) && path.length() > BILLING.length() && path.indexOf('/', BILLING.length()) < 0;
    }

    private static Operation copy(Operation o) {
        return OASFactory.createOperation()
                .operationId(o.getOperationId() == null ? null : o.getOperationId() + SUFFIX)
                .summary(o.getSummary())
                .description((o.getDescription() == null ? "" : o.getDescription() + " ")
                        + "The same operation as without the trailing slash, which the billing API's clients write.")
                .tags(o.getTags())
                .parameters(o.getParameters())
                .requestBody(o.getRequestBody())
                .responses(o.getResponses())
                .security(o.getSecurity())
                .deprecated(o.getDeprecated())
                .extensions(o.getExtensions());
    }
}
