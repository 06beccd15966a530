package org.packagecatalogue.catalogue.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The keep-unless-dropped rule of the package cache, without a database: reads are functions that count their calls. */
class KeptReadsTest {

    private final AtomicBoolean listening = new AtomicBoolean(true);
    private final KeptReads<Long, String> kept = new KeptReads<>(100, String::length, listening::get);
    private final AtomicInteger reads = new AtomicInteger();

    private String read(Long id) {
        reads.incrementAndGet();
        return "value " + id;
    }

    @Test
    void aValueIsReadOnceThenKeptUntilDropped() {
        assertEquals("value 1", kept.get(1L, this::read));
        assertEquals("value 1", kept.get(1L, this::read));
        assertEquals(1, reads.get());
        kept.drop(1L);
        assertEquals("value 1", kept.get(1L, this::read));
        assertEquals(2, reads.get());
    }

    @Test
    void aReadDuringWhichItsIdIsDroppedIsAnsweredButNotKept() {
        assertEquals("value 1", kept.get(1L, id -> {
            kept.drop(1L);
            return read(id);
        }));
        kept.get(1L, this::read);
        assertEquals(2, reads.get(), "read again: the first read was not kept");
    }

    @Test
    void aReadDuringWhichAnotherIdIsDroppedIsKept() {
        kept.get(1L, id -> {
            kept.drop(2L);
            return read(id);
        });
        kept.get(1L, this::read);
        assertEquals(1, reads.get());
    }

    @Test
    void nothingIsKeptWhileNotListeningNorWhatIsMissing() {
        listening.set(false);
        kept.get(1L, this::read);
        listening.set(true);
        kept.get(1L, this::read);
        assertEquals(2, reads.get());
        assertNull(kept.get(3L, id -> null));
        assertEquals(1, kept.size(), "a missing value is not kept, nor its mark");
    }

    @Test
    void readsTogetherKeepWhatTheyFoundAndReadOnlyWhatIsNotKept() {
        kept.get(1L, this::read);
        List<List<Long>> asked = new ArrayList<>();
        Map<Long, String> found = kept.getAll(List.of(1L, 2L, 3L, 2L), ids -> {
            asked.add(ids);
            Map<Long, String> values = new HashMap<>();
            ids.stream().filter(id -> id != 3).forEach(id -> values.put(id, read(id)));
            return values;
        });
        assertEquals(Map.of(1L, "value 1", 2L, "value 2"), found);
        assertEquals(List.of(List.of(2L, 3L)), asked, "one read, of the ids not kept, each once");
        kept.getAll(List.of(1L, 2L), ids -> {
            throw new AssertionError("both kept: nothing to read");
        });
    }

    @Test
    void dropIfDropsTheMatchingValuesAndEveryReadUnderWay() {
        kept.get(1L, this::read);
        kept.get(2L, this::read);
        kept.get(3L, id -> {
            kept.dropIf(value -> value.endsWith("1"));
            return read(id);
        });
        reads.set(0);
        kept.get(1L, this::read);
        kept.get(2L, this::read);
        kept.get(3L, this::read);
        assertEquals(2, reads.get(), "1 matched and 3 was being read: both read again; 2 kept");
    }

    @Test
    void whatIsKeptWeighsAtMostTheBound() {
        for (long id = 1; id <= 50; id++) {
            kept.get(id, this::read); // "value N": 7 or 8 each
        }
        assertTrue(kept.weight() <= 100, "kept weight " + kept.weight());
        assertTrue(kept.weight() >= 100 - 8, "full up to one value: " + kept.weight());
    }
}
