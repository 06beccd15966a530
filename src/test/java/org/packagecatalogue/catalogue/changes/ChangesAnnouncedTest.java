package org.packagecatalogue.catalogue.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which roots of a type an announcement names, as the caches read it; without a database. */
class ChangesAnnouncedTest {

    @Test
    void theIdsOfATypeAreTheRootsOfThatTypeOnly() {
        ChangesAnnounced announced = ChangesAnnounced.parse("package:12,service:3,package:7,packageService:9");
        assertEquals(List.of(7L, 12L), announced.idsOf("package").orElseThrow().stream().sorted().toList());
        assertEquals(Optional.of(List.of(3L)), announced.idsOf("service"));
        assertEquals(Optional.of(List.of()), announced.idsOf("webhook"));
    }

    @Test
    void everythingOrAnUnreadableRootNamesNoIdsSoAllIsDropped() {
        assertEquals(Optional.empty(), ChangesAnnounced.EVERYTHING.idsOf("package"));
        assertEquals(Optional.empty(), ChangesAnnounced.parse("*").idsOf("service"));
        assertEquals(Optional.empty(), ChangesAnnounced.parse("package:x,service:3").idsOf("package"));
        assertEquals(Optional.empty(), ChangesAnnounced.parse("package").idsOf("package"));
        assertEquals(Optional.of(List.of(3L)), ChangesAnnounced.parse("package:x,service:3").idsOf("service"));
    }
}
