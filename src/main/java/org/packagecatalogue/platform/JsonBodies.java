package org.packagecatalogue.platform;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;

/**
 * Request bodies are read as a JSON tree first, so that an adapter can report every wrongly typed
 * field at once instead of the first one a data binder trips on.
 */
@ApplicationScoped
public class JsonBodies {

    @Inject
    ObjectMapper mapper;

    /** The body as a JSON object, or a 400 saying why it is not one. */
    public ObjectNode object(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidRequestException(new Violation("body", Violation.REQUIRED, "is required: send a JSON object"));
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new InvalidRequestException(new Violation("body", Violation.MALFORMED, "is not well-formed JSON" + where));
        } catch (IOException e) {
            throw new InvalidRequestException(new Violation("body", Violation.MALFORMED, "could not be read"));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidRequestException(new Violation("body", Violation.REQUIRED, "is required: send a JSON object"));
        }
        if (!tree.isObject()) {
            throw new InvalidRequestException(new Violation("body", Violation.INVALID_TYPE, "must be a JSON object"));
        }
        return (ObjectNode) tree;
    }
}
