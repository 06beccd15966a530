package org.packagecatalogue.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rendered value placed in an answer as it is, whether Jackson writes bytes or characters; no HTTP. */
class RawJsonTest {

    private static final String ITEM = "{\"name\":\"Kept \u00e9\\\"quoted\\\"\",\"tiers\":[1,2.50]}";

    @Test
    void writtenAsItWasRenderedToBytesAndToText() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Object> envelope = Map.of("items", List.of(new RawJson(ITEM.getBytes(StandardCharsets.UTF_8)),
                new RawJson(ITEM.getBytes(StandardCharsets.UTF_8))));
        String expected = "{\"items\":[" + ITEM + "," + ITEM + "]}";
        assertEquals(expected, new String(mapper.writeValueAsBytes(envelope), StandardCharsets.UTF_8));
        assertEquals(expected, mapper.writeValueAsString(envelope));
    }
}
