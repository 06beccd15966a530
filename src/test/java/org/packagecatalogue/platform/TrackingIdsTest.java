package org.packagecatalogue.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A trackingId is a random UUID as RFC 9562 has it (version 4, variant 10), and ids do not repeat. */
class TrackingIdsTest {

    @Test
    void freshIdsAreVersionFourUuidsThatDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = TrackingIds.fresh();
            UUID parsed = UUID.fromString(id);
            assertEquals(4, parsed.version(), id);
            assertEquals(2, parsed.variant(), id);
            assertEquals(id, parsed.toString());
            seen.add(id);
        }
        assertEquals(10_000, seen.size());
    }
}
