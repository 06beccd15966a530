package org.packagecatalogue.platform;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What each query, path and header parameter accepts, stated once for every operation that takes it, as its reader
 * accepts it: a value outside these bounds is refused by the service as well (400, or 412 for an If-Match that names no
 * version). The readers: PaginationReader and MpaasHistory.page (digits, trimmed), PackageResource.parseId (a positive
 * whole number), EntityTags.expected, MpaasIds and MpaasRecords (prefixed ids), PackageOffers.Filter.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ParametersBounded implements OASFilter {

    private static final String UUID = "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}";
    private static final String WHOLE = "^\\s*[+-]?[0-9]{1,10}\\s*$";

    private static final Map<String, Consumer<Schema>> BY_NAME = Map.ofEntries(
            Map.entry("id", s -> s.pattern("^\\+?[0-9]{1,19}$").maxLength(20).description("A positive whole number")),
            Map.entry("deliveryId", s -> s.format("uuid").maxLength(36)),
            Map.entry("lookup", s -> s.maxLength(32)),
            Map.entry("pageNumber", s -> s.pattern(WHOLE).maxLength(32)),
            Map.entry("pageSize", s -> s.pattern(WHOLE).maxLength(32)),
            Map.entry("PageNumber", s -> s.pattern(WHOLE).maxLength(32)),
            Map.entry("PageSize", s -> s.pattern(WHOLE).maxLength(32)),
            Map.entry("Limit", s -> s.pattern(WHOLE).maxLength(32)),
            Map.entry("excludeTotalCount", s -> s.pattern("^\\s*([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])\\s*$").maxLength(32)),
            Map.entry("Pagination", s -> s.pattern("^\\s*\\{.*\\}\\s*$").maxLength(1024)
                    .description("A JSON object such as {\"pageNumber\":1,\"pageSize\":20,\"excludeTotalCount\":false}")),
            Map.entry("If-Match", s -> s.pattern("^\\s*(\\*|(W/)?\"?[0-9]{1,19}(\\.[0-9.]*)?\"?)\\s*$").maxLength(128)
                    .description("The ETag of the version the change is meant for, as the last read answered it")),
            Map.entry("Filter", s -> s.pattern("^\\s*([Aa][Ll][Ll]|[Aa][Cc][Tt][Ii][Vv][Ee]|[Ii][Nn][Aa][Cc][Tt][Ii][Vv][Ee])\\s*$").maxLength(32)
                    .description("All (the default), Active or Inactive, in any case")),
            Map.entry("PackageId", prefixed("PID", "PKID")),
            Map.entry("ProductId", prefixed("PRID")),
            Map.entry("WebhookId", prefixed("WHID")),
            Map.entry("Idempotency-Key", s -> s.pattern("\\S")));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(ParametersBounded::bound);
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(ParametersBounded::bound);
                }
            });
        });
    }

    private static void bound(Parameter parameter) {
        Consumer<Schema> bounds = BY_NAME.get(parameter.getName());
        if (bounds == null) {
            return;
        }
        if (parameter.getSchema() == null) {
            parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        }
        bounds.accept(parameter.getSchema());
    }

    private static Consumer<Schema> prefixed(String... prefixes) {
        StringBuilder alternatives = new StringBuilder();
        int longest = 0;
        for (String prefix : prefixes) {
            alternatives.append(alternatives.length() == 0 ? "" : "|");
            for (char c : prefix.toCharArray()) {
                alternatives.append('[').append(c).append(Character.toLowerCase(c)).append(']');
            }
            longest = Math.max(longest, prefix.length());
        }
        String pattern = "^(" + alternatives + ")-" + UUID + "$";
        int max = longest + 37;
        return s -> s.pattern(pattern).maxLength(max);
    }
}
