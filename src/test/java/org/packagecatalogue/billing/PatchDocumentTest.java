package org.packagecatalogue.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;

/**
 * The PATCH item schemas of the OpenAPI document against {@link PatchReader}, without a container: every collection
 * the reader knows is in the document, and its items (create, and update or delete) carry exactly the fields the
 * reader reads for that kind, so that a generated client can send each of them.
 */
class PatchDocumentTest {

    private static final JsonNode SCHEMAS = schemas();

    private static JsonNode schemas() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("src/main/resources/META-INF/openapi.yaml").toFile())
                    .path("components").path("schemas");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyCollectionOfTheReaderIsDocumentedAndNothingElse() {
        Set<String> documented = new TreeSet<>();
        SCHEMAS.path("BillingPackagePatch").path("properties").fieldNames().forEachRemaining(documented::add);
        Set<String> read = new TreeSet<>(PatchReader.COLLECTIONS.keySet());
        read.add("details");
        assertEquals(read, documented);
        assertEquals(false, SCHEMAS.path("BillingPackagePatch").path("additionalProperties").asBoolean(true),
                "the reader refuses a collection it does not know");
    }

    @Test
    void eachItemCarriesTheFieldsTheReaderReadsForItsKind() {
        PatchReader.COLLECTIONS.forEach((key, target) -> {
            JsonNode collection = ref(SCHEMAS.path("BillingPackagePatch").path("properties").path(key));
            JsonNode items = collection.path("properties").path("items");
            // the reader's limit; the writer allows one package item
            assertEquals(target == Target.PACKAGE ? 1 : PatchReader.MAX_ITEMS, items.path("maxItems").asInt(), key);
            JsonNode item = ref(items.path("items"));
            Set<String> documented = new TreeSet<>();
            item.path("oneOf").forEach(variant -> documented.addAll(properties(ref(variant))));
            Set<String> read = new TreeSet<>(Set.of("patchType", "patchClientId", "identity"));
            for (DraftField field : PatchReader.fieldsOf(target).getEnumConstants()) {
                if (BillingFieldNames.of(field) != null) {
                    read.add(BillingFieldNames.of(field));
                }
            }
            PatchReader.clientReferences().forEach((companion, field) -> {
                if (PatchReader.fieldsOf(target).isInstance(field)) {
                    read.add(companion);
                }
            });
            assertEquals(read, documented, key);
            assertEquals(Set.of("create", "update", "delete"), fieldNames(item.path("discriminator").path("mapping")), key);
        });
    }

    private static Set<String> properties(JsonNode schema) {
        Set<String> names = new TreeSet<>(fieldNames(schema.path("properties")));
        schema.path("allOf").forEach(part -> names.addAll(properties(ref(part))));
        return names;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode ref(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : SCHEMAS.path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
