package org.packagecatalogue.platform;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * States the bounds of every value in the document that its schema leaves open, from what the service guarantees,
 * so that a client (or a generated one's storage) can rely on them. A bound a schema states itself is kept.
 * <ul>
 * <li>An integer is within its format's range (int64 without one).
 * <li>A string field, by its name: what the service stores under that name was read under that bound (names 255,
 * descriptions 4000, sale types 64, URLs 2048; DraftRules, SaleType, WebhookRules) or is made by the service itself
 * within it (ids, instants, tokens, codes; error texts are cut to {@link ErrorTexts#MAX_MESSAGE}).
 * <li>An array field, by its name: a page holds at most PageRequest.MAX_PAGE_SIZE, an unpaged list at most
 * catalogue.list.max-items (1000 unless configured), a package's contents are capped per parent, and so on.
 * </ul>
 * A request field the service reads is bounded in META-INF/openapi.yaml, by hand, as its reader accepts it.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -5)
public class SchemaBoundsDocumented implements OASFilter {

    private static final String PREFIXED_ID = "^[A-Za-z]{2,5}-[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$";

    /** A string field's bound, by a pattern over its name (first match wins). */
    private record StringBound(Pattern name, int maxLength, String format, String pattern) {
        static StringBound of(String name, int maxLength) {
            return new StringBound(Pattern.compile(name), maxLength, null, null);
        }
    }

    /**
     * Free text, which has no format to state: the only strings the document may leave without a format, pattern or
     * enumeration (PlatformEndpointsTest holds the served document to that).
     */
    private static final List<StringBound> FREE_TEXT = List.of(
            StringBound.of("(?i)description|invoiceDetail|disabledReason|lastError|error_description|message", 4000),
            StringBound.of(".*[Nn]ame|(?i)sku|type", 255),
            StringBound.of("(?i)accountKey|clientId|client_id|client_secret|password|apiEndpoint|patchClientId|objectId", 255));

    /** Whether a field of this name is free text (see {@link #FREE_TEXT}). */
    public static boolean isFreeText(String name) {
        return name != null && FREE_TEXT.stream().anyMatch(bound -> bound.name().matcher(name).matches());
    }

    private static final List<StringBound> STRINGS = List.of(
            new StringBound(Pattern.compile("(Aggregator|Distributor|Package|Product|PackageItem|Subscription|Webhook|Subscriber)Id|TNID"),
                    42, null, PREFIXED_ID),
            new StringBound(Pattern.compile("(?i)trackingId|objectUid|DeliveryId|identity"), 36, "uuid", null),
            new StringBound(Pattern.compile("(?i)start|expiry|created|updated|rotated|revoked|previousSecretValidUntil|disabledAt"
                    + "|failingSince|deliveredAt|lastAttemptAt|nextAttemptAt|changedAt"), 64, "date-time", null),
            new StringBound(Pattern.compile("\\.expires|\\.issued"), 64, null, "^[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$"),
            new StringBound(Pattern.compile("tokenExpiry"), 64, null, "^\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2} [AP]M$"),
            new StringBound(Pattern.compile("(?i)url"), 2048, "uri", null),
            new StringBound(Pattern.compile("access_token|refresh_token|token"), 8192, null, "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"),
            new StringBound(Pattern.compile("ICCID"), 23, null, "^[0-9]{18,22}F?$"),
            new StringBound(Pattern.compile("currencyCode"), 3, null, "^[A-Z]{3}$"),
            new StringBound(Pattern.compile("code|action|Action|dtoTypeKey|objectType|ObjectType|Field|field|token_type|error|grant_type"), 64, null,
                    "^[A-Za-z_]+$"),
            new StringBound(Pattern.compile("(?i)eventTypes"), 64, null, "^[A-Za-z.*]+$"),
            new StringBound(Pattern.compile("(?i)secret"), 255, null, "^(whsec_)?[A-Za-z0-9_=+/-]+$"),
            FREE_TEXT.get(0), FREE_TEXT.get(1), FREE_TEXT.get(2));

    /** The bound of a string by its format alone (a component such as TrackingId or Instant). */
    private static final Map<String, Integer> BY_FORMAT = Map.of("uuid", 36, "date-time", 64, "uri", 2048, "password", 255);

    /** A page's items (PageRequest.MAX_PAGE_SIZE), or an unpaged list's (catalogue.list.max-items, 1000 by default). */
    private static final int LISTS = org.packagecatalogue.catalogue.packages.PageRequest.MAX_PAGE_SIZE;
    private static final int CONTENTS = org.packagecatalogue.catalogue.packages.PackageContents.MAX_PER_PARENT;

    /** An array field's bound, by its name. */
    private static final Map<String, Integer> ARRAYS = Map.ofEntries(
            Map.entry("items", LISTS),
            Map.entry("Packages", LISTS), Map.entry("Products", LISTS), Map.entry("Webhooks", LISTS),
            Map.entry("Clients", LISTS), Map.entry("Deliveries", LISTS), Map.entry("Entries", LISTS),
            Map.entry("PackageItems", LISTS), Map.entry("Subscriptions", LISTS),
            Map.entry("services", CONTENTS), Map.entry("frequencies", CONTENTS), Map.entry("currencies", CONTENTS),
            Map.entry("usageBuckets", CONTENTS), Map.entry("tiers", CONTENTS),
            Map.entry("errors", ErrorTexts.MAX_ERRORS + 1), Map.entry("History", LISTS),
            Map.entry("fields", 100), Map.entry("Fields", 100),
            Map.entry("eventTypes", 50), Map.entry("EventTypes", 50),
            Map.entry("contributions", 1000), Map.entry("usageBucketNotifications", 1000), Map.entry("usageBucketBase", 1000));


    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> bound(null, schema));
        if (openAPI.getPaths() != null) {
            // bodies described in place (the token endpoint's form)
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> bound(null, media.getSchema()));
                }
            }));
        }
    }

    private static void bound(String name, Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.INTEGER)) {
            if (schema.getFormat() == null) {
                schema.setFormat("int64");
            }
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null
                && schema.getConstValue() == null && name == null && BY_FORMAT.containsKey(schema.getFormat())) {
            schema.setMaxLength(BY_FORMAT.get(schema.getFormat()));
        }
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null
                && schema.getConstValue() == null && name != null) {
            for (StringBound bound : STRINGS) {
                if (bound.name().matcher(name).matches()) {
                    schema.setMaxLength(bound.maxLength());
                    if (bound.format() != null && schema.getFormat() == null) {
                        schema.setFormat(bound.format());
                    }
                    if (bound.pattern() != null && schema.getPattern() == null) {
                        schema.setPattern(bound.pattern());
                    }
                    break;
                }
            }
        }
        if (types.contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null && name != null && ARRAYS.containsKey(name)) {
            schema.setMaxItems(ARRAYS.get(name));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach(SchemaBoundsDocumented::bound);
        }
        if (schema.getItems() != null) {
            bound(name, schema.getItems());
        }
        for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (parts != null) {
                parts.forEach(part -> bound(name, part));
            }
        }
    }
}
