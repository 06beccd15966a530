package org.packagecatalogue.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds every answer a test receives from the API to the served OpenAPI document: the operation must be
 * documented, the status must be one of its documented responses, and a JSON body must validate against that
 * response's schema (JSON Schema 2020-12 with the OpenAPI 3.1 vocabulary). A drift fails the test that saw it.
 * <p>
 * Requests too: one the service accepted (2xx) must be valid against its operation's request body schema (a JSON
 * body, or a form's fields), since a validating gateway or a generated client holds requests to that schema.
 * <p>
 * Paths the document does not describe (tests of unknown paths, {@code /q/...}) are not checked, nor are
 * bodies of HEAD requests and non-JSON answers.
 */
public final class ContractFilter implements OrderedFilter {

    public static final ContractFilter INSTANCE = new ContractFilter();

    private static final List<String> API_PREFIXES = List.of("/ResourceServer/", "/AuthorizationServer/", "/v1.0/");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT_IRI = "https://package-catalogue.test/openapi.json";

    /** The served document, per base URL (one per application under test). */
    private final Map<String, Contract> contracts = new ConcurrentHashMap<>();

    private ContractFilter() {
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        if (API_PREFIXES.stream().noneMatch(path::startsWith)) {
            return response;
        }
        String base = uri.getScheme() + "://" + uri.getAuthority();
        Contract contract = contracts.computeIfAbsent(base, Contract::load);
        List<String> problems = contract.check(request.getMethod(), path, response.statusCode(), response.contentType(), response.asString());
        if (!problems.isEmpty()) {
            throw new AssertionError("The answer to " + request.getMethod() + " " + path + " (" + response.statusCode()
                    + ") does not match the OpenAPI document:\n  " + String.join("\n  ", problems)
                    + "\nBody: " + abbreviated(response.asString()));
        }
        if (response.statusCode() / 100 == 2) {
            JsonNode sent = sentBody(request);
            List<String> refused = sent == null ? List.of() : contract.checkRequest(request.getMethod(), path, request.getContentType(), sent);
            if (!refused.isEmpty()) {
                throw new AssertionError("The service accepted " + request.getMethod() + " " + path + " (" + response.statusCode()
                        + "), but the OpenAPI document refuses its request:\n  " + String.join("\n  ", refused)
                        + "\nRequest: " + abbreviated(sent.toString()));
            }
        }
        return response;
    }

    /** The request's JSON body or form fields as JSON; null when it sent neither (or a body that is not JSON). */
    private static JsonNode sentBody(FilterableRequestSpecification request) {
        if (!request.getFormParams().isEmpty()) {
            com.fasterxml.jackson.databind.node.ObjectNode form = JSON.createObjectNode();
            request.getFormParams().forEach((name, value) -> form.put(name, String.valueOf(value)));
            return form;
        }
        Object body = request.getBody();
        try {
            if (body instanceof String text) {
                return text.isBlank() ? null : JSON.readTree(text);
            }
            if (body instanceof byte[] bytes) {
                return bytes.length == 0 ? null : JSON.readTree(bytes);
            }
            return body == null ? null : JSON.valueToTree(body);
        } catch (java.io.IOException e) {
            return null; // a test of a body that is not JSON: the service refuses it, and nothing is documented for it
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }

    /** One served document: its path templates, most specific first, and a schema factory that resolves its refs. */
    public static final class Contract {
        private final JsonNode document;
        private final List<Template> templates;
        private final JsonSchemaFactory schemas;
        private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

        public Contract(String text) {
            try {
                this.document = JSON.readTree(text);
            } catch (Exception e) {
                throw new IllegalStateException("the served OpenAPI document is not JSON", e);
            }
            List<Template> found = new ArrayList<>();
            document.path("paths").fieldNames().forEachRemaining(p -> found.add(Template.of(p)));
            // a literal segment is more specific than a parameter: Package/{id} before {lookup}/{id}
            found.sort(Comparator.comparingInt(Template::parameters).thenComparing(t -> -t.path().length()));
            this.templates = found;
            this.schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                    .metaSchema(OpenApi31.getInstance())
                    .defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_IRI, text))));
        }

        public static Contract load(String base) {
            try {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("GET /q/openapi answered " + answer.statusCode());
                }
                return new Contract(answer.body());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("the OpenAPI document could not be read from " + base, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** What is wrong with this answer, by the document; empty when it matches or the path is not the API's. */
        List<String> check(String method, String path, int statusCode, String contentType, String body) {
            String verb = method.toLowerCase(Locale.ROOT);
            Template template = templates.stream().filter(t -> t.matches(path)).findFirst().orElse(null);
            if (template == null || !METHODS.contains(verb)) {
                return List.of();
            }
            JsonNode pathItem = document.path("paths").path(template.path());
            JsonNode operation = pathItem.path("head".equals(verb) ? "get" : verb);
            if (operation.isMissingNode()) {
                // 405 for a method the path does not have is the framework's, not an operation's
                return statusCode == 405 ? List.of() : List.of("no " + verb.toUpperCase(Locale.ROOT) + " operation on " + template.path());
            }
            String status = String.valueOf(statusCode);
            JsonNode documented = operation.path("responses").path(status);
            String pointer = "/paths/" + escape(template.path()) + "/" + ("head".equals(verb) ? "get" : verb) + "/responses/" + status;
            if (documented.isMissingNode()) {
                documented = operation.path("responses").path("default");
                pointer = pointer.substring(0, pointer.lastIndexOf('/')) + "/default";
            }
            if (documented.isMissingNode()) {
                return List.of("status " + status + " is not among the documented responses of " + operation.path("operationId").asText()
                        + " " + iterable(operation.path("responses").fieldNames()));
            }
            if (documented.has("$ref")) {
                pointer = documented.get("$ref").asText().substring(1);
                documented = document.at(pointer);
            }
            if ("head".equals(verb) || body.isEmpty() || contentType == null || !contentType.startsWith("application/json")) {
                return List.of();
            }
            JsonNode media = documented.path("content").path("application/json");
            if (media.path("schema").isMissingNode()) {
                return List.of("the documented " + status + " answer of " + operation.path("operationId").asText() + " has no JSON schema");
            }
            JsonSchema schema = compiled.computeIfAbsent(pointer + "/content/application~1json/schema",
                    p -> schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p.replace("{", "%7B").replace("}", "%7D"))));
            JsonNode instance;
            try {
                instance = JSON.readTree(body);
            } catch (Exception e) {
                return List.of("the body is not JSON: " + e.getMessage());
            }
            return schema.validate(instance).stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
        }

        /**
         * What is wrong with this request's body (JSON, or a form's fields as strings) by its operation's request
         * schema for that media type; empty when it matches, or when the operation or media type documents none.
         */
        public List<String> checkRequest(String method, String path, String contentType, JsonNode body) {
            String verb = method.toLowerCase(Locale.ROOT);
            Template template = templates.stream().filter(t -> t.matches(path)).findFirst().orElse(null);
            if (template == null || !METHODS.contains(verb)) {
                return List.of();
            }
            JsonNode operation = document.path("paths").path(template.path()).path(verb);
            String media = contentType == null ? "application/json" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
            JsonNode content = operation.path("requestBody").path("content");
            if (content.isMissingNode()) {
                return List.of("the document has no request body for " + operation.path("operationId").asText());
            }
            if (content.path(media).path("schema").isMissingNode()) {
                return List.of("the document has no " + media + " request body for " + operation.path("operationId").asText()
                        + " " + iterable(content.fieldNames()));
            }
            String pointer = "/paths/" + escape(template.path()) + "/" + verb + "/requestBody/content/" + escape(media) + "/schema";
            JsonSchema schema = compiled.computeIfAbsent(pointer,
                    p -> schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p.replace("{", "%7B").replace("}", "%7D"))));
            return schema.validate(body).stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
        }

        private static String escape(String pathKey) {
            return pathKey.replace("~", "~0").replace("/", "~1");
        }

        private static List<String> iterable(Iterator<String> names) {
            List<String> all = new ArrayList<>();
            names.forEachRemaining(all::add);
            return all;
        }
    }

    /** A documented path, such as {@code /ResourceServer/api/v10/Package/{id}}, as a pattern. */
    record Template(String path, Pattern pattern, int parameters) {
        static Template of(String path) {
            StringBuilder regex = new StringBuilder();
            int parameters = 0;
            for (String part : path.split("(?=\\{)|(?<=\\})")) {
                if (part.startsWith("{") && part.endsWith("}")) {
                    regex.append("[^/]+");
                    parameters++;
                } else {
                    regex.append(Pattern.quote(part));
                }
            }
            return new Template(path, Pattern.compile(regex + "/?"), parameters);
        }

        boolean matches(String requested) {
            return pattern.matcher(requested).matches();
        }
    }
}
