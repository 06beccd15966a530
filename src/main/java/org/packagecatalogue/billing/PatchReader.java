package org.packagecatalogue.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.packages.CurrencyField;
import org.packagecatalogue.catalogue.packages.FrequencyField;
import org.packagecatalogue.catalogue.packages.PackageField;
import org.packagecatalogue.catalogue.packages.PackagePatch;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;
import org.packagecatalogue.catalogue.packages.PackageServiceField;
import org.packagecatalogue.catalogue.packages.TierField;
import org.packagecatalogue.catalogue.packages.UsageBucketField;

/**
 * Reads a billing PATCH body: collections beside each other, each {"items": [...]}, each item with
 * patchType (create, update, delete), the caller's patchClientId, identity (update, delete) and the
 * fields to set. A parent created in the same patch is named by its patchClientId in the
 * {@code ...PatchClientId} companion of the reference field (e.g. usageBucketPatchClientId).
 */
final class PatchReader {

    /** The most items a collection may hold (the document's maxItems). */
    static final int MAX_ITEMS = 1000;
    /** The longest patchClientId written as a string (the document's maxLength). */
    static final int MAX_CLIENT_ID = 255;

    /** The body's collection keys, in the order they are answered. */
    static final Map<String, Target> COLLECTIONS = new LinkedHashMap<>();
    /** Reference fields that may instead name a patchClientId, by their companion key. */
    private static final Map<String, DraftField> CLIENT_REFS = Map.of(
            "packageServicePatchClientId", UsageBucketField.PACKAGE_SERVICE,
            "usageBucketPatchClientId", TierField.USAGE_BUCKET,
            "packageFrequencyPatchClientId", TierField.PACKAGE_FREQUENCY);

    static {
        COLLECTIONS.put("packages", Target.PACKAGE);
        COLLECTIONS.put("packageServices", Target.PACKAGE_SERVICE);
        COLLECTIONS.put("packageFrequencies", Target.PACKAGE_FREQUENCY);
        COLLECTIONS.put("packageCurrencies", Target.PACKAGE_CURRENCY);
        COLLECTIONS.put("usageBuckets", Target.USAGE_BUCKET);
        COLLECTIONS.put("tiers", Target.TIER);
    }

    /** The patch, and each item's patchClientId as the caller wrote it (to echo it back in kind). */
    record Read(PackagePatch patch, Map<PackagePatch.Item, JsonNode> clientIds) {
    }

    private PatchReader() {
    }

    static Read read(ObjectNode body) {
        List<Violation> problems = new ArrayList<>();
        List<PackagePatch.Item> items = new ArrayList<>();
        Map<PackagePatch.Item, JsonNode> clientIds = new IdentityHashMap<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!COLLECTIONS.containsKey(name) && !name.equals("details")) {
                problems.add(new Violation(name, Violation.INVALID_VALUE,
                        "is not a PATCH collection of Package; known: " + String.join(", ", COLLECTIONS.keySet())));
            }
        }
        COLLECTIONS.forEach((key, target) -> {
            JsonNode collection = body.get(key);
            if (collection == null || collection.isNull()) {
                return;
            }
            JsonNode list = collection.get("items");
            if (!collection.isObject() || list == null || !list.isArray()) {
                problems.add(new Violation(key, Violation.INVALID_TYPE, "must be an object {\"items\": [...]}"));
                return;
            }
            if (list.size() > MAX_ITEMS) {
                problems.add(new Violation(key + ".items", Violation.INVALID_VALUE, "holds " + list.size() + " items; at most "
                        + MAX_ITEMS + " in one PATCH"));
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode node = list.get(i);
                String where = key + "[" + i + "]";
                if (!node.isObject()) {
                    problems.add(new Violation(where, Violation.INVALID_TYPE, "must be an object"));
                    continue;
                }
                PackagePatch.Item item = item(target, node, where, problems);
                if (item != null) {
                    items.add(item);
                    clientIds.put(item, node.get("patchClientId"));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (items.isEmpty()) {
            throw new InvalidRequestException(new Violation("body", Violation.REQUIRED,
                    "holds no items: send at least one of " + String.join(", ", COLLECTIONS.keySet())));
        }
        return new Read(PackagePatch.named(items), clientIds);
    }

    private static PackagePatch.Item item(Target target, JsonNode node, String where, List<Violation> problems) {
        int before = problems.size();
        Action action = null;
        JsonNode patchType = node.get("patchType");
        if (patchType == null || patchType.isNull()) {
            problems.add(new Violation(where + ".patchType", Violation.REQUIRED, "is required: create, update or delete"));
        } else {
            action = switch (patchType.asText()) {
                case "create" -> Action.CREATE;
                case "update" -> Action.UPDATE;
                case "delete" -> Action.DELETE;
                default -> null;
            };
            if (action == null || !patchType.isTextual()) {
                problems.add(new Violation(where + ".patchType", Violation.INVALID_VALUE, "must be create, update or delete"));
            }
        }
        String clientId = clientId(node.get("patchClientId"));
        if (tooLong(node.get("patchClientId"))) {
            problems.add(new Violation(where + ".patchClientId", Violation.INVALID_VALUE, "must be at most " + MAX_CLIENT_ID + " characters"));
        } else if (clientId == null) {
            problems.add(new Violation(where + ".patchClientId", Violation.REQUIRED, "is required: a number or a string of your choice"));
        }
        Long identity = null;
        JsonNode id = node.hasNonNull("identity") ? node.get("identity") : node.get("id");
        if (id != null && !id.isNull()) {
            if (id.isIntegralNumber() && id.canConvertToLong()) {
                identity = id.longValue();
            } else {
                problems.add(new Violation(where + ".identity", Violation.INVALID_TYPE, "must be a whole number"));
            }
        }
        Map<DraftField, String> refs = new LinkedHashMap<>();
        CLIENT_REFS.forEach((key, field) -> {
            JsonNode ref = node.get(key);
            if (ref != null && !ref.isNull()) {
                String value = clientId(ref);
                if (tooLong(ref)) {
                    problems.add(new Violation(where + "." + key, Violation.INVALID_VALUE, "must be at most " + MAX_CLIENT_ID + " characters"));
                } else if (value == null) {
                    problems.add(new Violation(where + "." + key, Violation.INVALID_TYPE, "must be a patchClientId"));
                } else {
                    refs.put(field, value);
                }
            }
        });
        if (problems.size() > before) {
            return null;
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Draft<?> draft = DraftReader.read(node, (Class) fieldsOf(target));
        return new PackagePatch.Item(target, action, clientId, identity, draft, refs);
    }

    /** The fields an item of this collection may carry (besides patchType, patchClientId, identity and its companions). */
    static Class<? extends DraftField> fieldsOf(Target target) {
        return switch (target) {
            case PACKAGE -> PackageField.class;
            case PACKAGE_SERVICE -> PackageServiceField.class;
            case PACKAGE_FREQUENCY -> FrequencyField.class;
            case PACKAGE_CURRENCY -> CurrencyField.class;
            case USAGE_BUCKET -> UsageBucketField.class;
            case TIER -> TierField.class;
            case SALE -> throw new IllegalStateException("the billing dialect has no sale collection");
        };
    }

    /** The companions naming a parent by its patchClientId, by the reference field each stands for. */
    static Map<String, DraftField> clientReferences() {
        return CLIENT_REFS;
    }

    private static boolean tooLong(JsonNode node) {
        return node != null && node.isTextual() && node.textValue().length() > MAX_CLIENT_ID;
    }

    private static String clientId(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong() || node.isTextual() && !node.textValue().isBlank() && node.textValue().length() <= MAX_CLIENT_ID) {
            return node.asText();
        }
        return null;
    }
}
