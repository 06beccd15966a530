package org.packagecatalogue.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The ObjectMapper that writes every answer has this service's settings, over the modules Quarkus registers. */
@QuarkusTest
class JsonSettingsTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void instantsAreWrittenByOurSerializerAndDecimalsPlainly() throws Exception {
        // the same text as Jackson's own InstantSerializer (IsoInstantSerializerTest), without its formatter: if
        // Quarkus registered its Java time module after our settings, its serializer would write instants again
        assertInstanceOf(IsoInstantSerializer.class, mapper.getSerializerProviderInstance().findValueSerializer(Instant.class));
        assertEquals("{\"at\":\"2026-12-07T20:40:00.123456Z\",\"price\":100}",
                mapper.writeValueAsString(new TreeMap<>(Map.of("at", Instant.parse("2026-12-07T20:40:00.123456Z"), "price", new BigDecimal("1E+2")))));
    }
}
