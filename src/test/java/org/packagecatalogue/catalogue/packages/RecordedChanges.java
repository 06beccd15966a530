package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every {@link PackageChanged} the writer fires, for tests that check all writes pass through it. */
@Singleton
public class RecordedChanges {

    private final List<PackageChanged> changes = new CopyOnWriteArrayList<>();

    void on(@Observes PackageChanged change) {
        changes.add(change);
    }

    /** The changes fired since the last call, and forgets them. */
    public List<PackageChanged> take() {
        List<PackageChanged> taken = List.copyOf(changes);
        changes.clear();
        return taken;
    }
}
