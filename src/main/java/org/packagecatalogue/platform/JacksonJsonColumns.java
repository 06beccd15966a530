package org.packagecatalogue.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.packagecatalogue.catalogue.JsonColumns;

/** {@link JsonColumns} with the application's ObjectMapper. */
@ApplicationScoped
public class JacksonJsonColumns implements JsonColumns {

    private static final TypeReference<List<Map<String, Object>>> OBJECTS = new TypeReference<>() {
    };

    @Inject
    ObjectMapper mapper;

    @Override
    public List<Map<String, Object>> objects(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, OBJECTS);
        } catch (JsonProcessingException e) {
            // the message quotes no part of the text: a column may hold what its writer did not mean to show
            throw new IllegalArgumentException("the column does not hold a JSON array of objects", e);
        }
    }
}
