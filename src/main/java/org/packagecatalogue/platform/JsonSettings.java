package org.packagecatalogue.platform;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Money and thresholds are exact decimals: write them as plain numbers (100, never 1E+2). Instants are written as
 * ISO-8601 in UTC, as Jackson's own serializer writes them, by {@link IsoInstantSerializer}.
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.registerModule(new SimpleModule("iso-instants").addSerializer(Instant.class, new IsoInstantSerializer()));
    }

    /** After Quarkus's own settings, which register Jackson's Java time module: the serializer registered last is used. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}
