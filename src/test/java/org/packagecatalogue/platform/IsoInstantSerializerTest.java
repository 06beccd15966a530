package org.packagecatalogue.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Instants in answers are written exactly as Jackson's own serializer writes them ({@link DateTimeFormatter#ISO_INSTANT}),
 * for any instant: the dialects' clients parse them, and a kept rendering and a fresh one must be the same bytes. No HTTP.
 */
class IsoInstantSerializerTest {

    /** This service's settings ({@link JsonSettings}) over Jackson's defaults, as Quarkus sets them up. */
    private static final ObjectMapper OURS = mapper(true);
    private static final ObjectMapper JACKSONS = mapper(false);

    private static ObjectMapper mapper(boolean ours) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        if (ours) {
            new JsonSettings().customize(mapper);
        }
        return mapper;
    }

    @Property(tries = 20_000, seed = "20261207")
    void writtenAsIsoInstantWritesIt(@ForAll("instants") Instant instant) throws Exception {
        boolean fourDigitYear = !instant.isBefore(Instant.parse("0000-01-01T00:00:00Z")) && instant.isBefore(Instant.parse("+10000-01-01T00:00:00Z"));
        assertEquals(fourDigitYear, IsoInstantSerializer.format(instant, new char[30]) >= 0,
                "written without the formatter in years 0000-9999 only");
        assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), written(instant));
        assertEquals(JACKSONS.writeValueAsString(instant), OURS.writeValueAsString(instant));
    }

    @Provide
    Arbitrary<Instant> instants() {
        long firstOfYear0 = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long lastOfYear9999 = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        // any second from before year 0 to after year 9999, the edges of that range and of days, and fractions of every
        // shape: none, whole milliseconds, whole microseconds (PostgreSQL's precision), nanoseconds
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.longs().between(firstOfYear0 - 100_000, lastOfYear9999 + 100_000),
                Arbitraries.longs().between(-86_400L * 800, 86_400L * 365 * 80),
                Arbitraries.of(firstOfYear0 - 1, firstOfYear0, lastOfYear9999, lastOfYear9999 + 1, -1L, 0L, 86_399L, 86_400L));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(
                Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(us -> us * 1_000),
                Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.of(1, 10, 100_000_000, 999_999_999, 1_000, 999_000));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    @Test
    void aFractionIsWrittenInGroupsOfThreeDigitsAndOnlyWhenThereIsOne() throws Exception {
        Map<String, Instant> cases = Map.of(
                "2026-12-07T20:40:00Z", Instant.parse("2026-12-07T20:40:00Z"),
                "2026-12-07T20:40:00.100Z", Instant.parse("2026-12-07T20:40:00.1Z"),
                "2026-12-07T20:40:00.000100Z", Instant.parse("2026-12-07T20:40:00.0001Z"),
                "2026-12-07T20:40:00.000000001Z", Instant.parse("2026-12-07T20:40:00.000000001Z"),
                "0000-01-01T00:00:00Z", Instant.parse("0000-01-01T00:00:00Z"),
                "+10000-01-01T00:00:00Z", Instant.parse("+10000-01-01T00:00:00Z"),
                "-0001-12-31T23:59:59Z", Instant.parse("-0001-12-31T23:59:59Z"));
        for (var c : cases.entrySet()) {
            assertEquals("\"" + c.getKey() + "\"", OURS.writeValueAsString(c.getValue()));
        }
        assertEquals("{\"at\":[\"1970-01-01T00:00:00Z\",null]}",
                OURS.writeValueAsString(Map.of("at", Arrays.asList(Instant.EPOCH, null))));
        assertEquals("1999-12-31T23:59:59.999Z", written(Instant.parse("1999-12-31T23:59:59.999Z")));
    }

    private static String written(Instant instant) {
        char[] text = new char[30];
        int length = IsoInstantSerializer.format(instant, text);
        return length < 0 ? DateTimeFormatter.ISO_INSTANT.format(instant) : new String(text, 0, length);
    }
}
