package org.packagecatalogue.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of the contract check: what {@link ContractFilter} lets through and what it fails. */
class ContractFilterTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {
               "/v1.0/things/{id}": {"get": {"operationId": "getThing", "responses": {
                 "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "404": {"description": "Not found", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                 "409": {"description": "No schema", "content": {"application/json": {}}}}}},
               "/v1.0/things/{id}/Special": {"get": {"operationId": "getSpecial", "responses": {
                 "200": {"description": "OK", "content": {"application/json": {"schema": {"type": "string"}}}}}}}},
             "components": {"schemas": {
               "Thing": {"type": "object", "additionalProperties": false, "required": ["id", "note"],
                         "properties": {"id": {"type": "integer"}, "note": {"type": ["string", "null"]}}},
               "Problem": {"type": "object", "required": ["Message"], "properties": {"Message": {"type": "string"}}}}}}
            """;

    private final ContractFilter.Contract contract = new ContractFilter.Contract(DOCUMENT);

    private List<String> check(int status, String body) {
        return contract.check("GET", "/v1.0/things/7", status, "application/json", body);
    }

    @Test
    void anAnswerThatMatchesItsSchemaPasses() {
        assertEquals(List.of(), check(200, "{\"id\": 7, \"note\": null}"));
        assertEquals(List.of(), check(404, "{\"Message\": \"Not found\"}"));
    }

    @Test
    void aDriftingAnswerFailsWithEveryProblem() {
        assertEquals(List.of("$.id: string found, integer expected",
                        "$: property 'extra' is not defined in the schema and the schema does not allow additional properties",
                        "$: required property 'note' not found"),
                check(200, "{\"id\": \"7\", \"extra\": true}"));
    }

    @Test
    void anUndocumentedStatusOrAnAnswerWithoutSchemaFails() {
        assertEquals(List.of("status 500 is not among the documented responses of getThing [200, 404, 409]"), check(500, "{}"));
        assertEquals(List.of("the documented 409 answer of getThing has no JSON schema"), check(409, "{}"));
    }

    @Test
    void theMostSpecificPathTemplateIsTheOneChecked() {
        assertEquals(List.of(), contract.check("GET", "/v1.0/things/7/Special", 200, "application/json", "\"yes\""));
    }

    @Test
    void pathsTheDocumentDoesNotDescribeAndBodilessAnswersAreNotChecked() {
        assertEquals(List.of(), contract.check("GET", "/v1.0/unknown", 404, "application/json", "{}"));
        assertEquals(List.of(), contract.check("HEAD", "/v1.0/things/7", 200, "application/json", ""));
        assertEquals(List.of(), contract.check("GET", "/v1.0/things/7", 200, "text/plain", "seven"));
    }
}
