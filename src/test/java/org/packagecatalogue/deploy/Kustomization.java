package org.packagecatalogue.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the features k8s/ uses and no
 * more: resources (files and directories), labels, namespace, patches (strategic merge: maps merge,
 * lists of named items merge by name, other lists are replaced) and images. Any other field fails the
 * render, so that an overlay cannot silently use a feature this test does not understand.
 */
final class Kustomization {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> UNDERSTOOD = Set.of("apiVersion", "kind", "resources", "labels", "namespace", "patches", "images");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition");

    private Kustomization() {
    }

    /** The rendered objects of the kustomization in {@code dir}. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> render(Path dir) throws IOException {
        Map<String, Object> k = YAML.readValue(dir.resolve("kustomization.yaml").toFile(), new TypeReference<>() { });
        for (String field : k.keySet()) {
            if (!UNDERSTOOD.contains(field)) {
                throw new IllegalArgumentException(dir + ": kustomization field '" + field + "' is not understood by this test");
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String resource : (List<String>) k.getOrDefault("resources", List.of())) {
            Path path = dir.resolve(resource).normalize();
            objects.addAll(Files.isDirectory(path) ? render(path) : read(path));
        }
        for (Map<String, Object> label : (List<Map<String, Object>>) k.getOrDefault("labels", List.of())) {
            Map<String, Object> pairs = (Map<String, Object>) label.get("pairs");
            for (Map<String, Object> object : objects) {
                metadata(object).computeIfAbsent("labels", x -> new LinkedHashMap<String, Object>());
                ((Map<String, Object>) metadata(object).get("labels")).putAll(pairs);
            }
        }
        for (Map<String, Object> patchEntry : (List<Map<String, Object>>) k.getOrDefault("patches", List.of())) {
            for (Map<String, Object> patch : read(dir.resolve((String) patchEntry.get("path")))) {
                Map<String, Object> target = objects.stream()
                        .filter(o -> o.get("kind").equals(patch.get("kind")) && name(o).equals(name(patch)))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(dir + ": a patch for " + patch.get("kind") + "/" + name(patch) + " matches nothing"));
                merge(target, patch);
            }
        }
        if (k.containsKey("namespace")) {
            for (Map<String, Object> object : objects) {
                if (!CLUSTER_SCOPED.contains(object.get("kind"))) {
                    metadata(object).put("namespace", k.get("namespace"));
                }
            }
        }
        for (Map<String, Object> image : (List<Map<String, Object>>) k.getOrDefault("images", List.of())) {
            for (Map<String, Object> object : objects) {
                for (Map<String, Object> container : containers(object)) {
                    String current = (String) container.get("image");
                    String currentName = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                    if (currentName.equals(image.get("name"))) {
                        container.put("image", image.getOrDefault("newName", currentName) + ":" + image.get("newTag"));
                    }
                }
            }
        }
        return objects;
    }

    static List<Map<String, Object>> read(Path file) throws IOException {
        List<Map<String, Object>> objects = new ArrayList<>();
        try (MappingIterator<Map<String, Object>> documents = YAML.readerFor(new TypeReference<Map<String, Object>>() { }).readValues(file.toFile())) {
            while (documents.hasNext()) {
                Map<String, Object> document = documents.next();
                if (document != null && !document.isEmpty()) {
                    objects.add(document);
                }
            }
        }
        return objects;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> metadata(Map<String, Object> object) {
        return (Map<String, Object>) object.computeIfAbsent("metadata", x -> new LinkedHashMap<String, Object>());
    }

    static String name(Map<String, Object> object) {
        return String.valueOf(metadata(object).get("name"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> containers(Map<String, Object> object) {
        if (!"Deployment".equals(object.get("kind")) && !"Job".equals(object.get("kind"))) {
            return List.of();
        }
        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) object.get("spec")).get("template")).get("spec");
        return (List<Map<String, Object>>) spec.getOrDefault("containers", List.of());
    }

    /** Strategic merge, as far as k8s/ needs it. */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> patch) {
        for (Map.Entry<String, Object> entry : patch.entrySet()) {
            Object current = target.get(entry.getKey());
            Object change = entry.getValue();
            if (current instanceof Map && change instanceof Map) {
                merge((Map<String, Object>) current, (Map<String, Object>) change);
            } else if (current instanceof List<?> list && change instanceof List<?> changes && isNamedList(list) && isNamedList(changes)) {
                for (Object item : changes) {
                    Map<String, Object> named = (Map<String, Object>) item;
                    Map<String, Object> existing = ((List<Map<String, Object>>) list).stream()
                            .filter(i -> named.get("name").equals(i.get("name"))).findFirst().orElse(null);
                    if (existing == null) {
                        ((List<Object>) list).add(named);
                    } else {
                        merge(existing, named);
                    }
                }
            } else {
                target.put(entry.getKey(), change);
            }
        }
    }

    private static boolean isNamedList(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get("name") instanceof String);
    }
}
