package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.packagecatalogue.catalogue.changes.ChangesRecorded;

/** Remembers every {@link ChangesRecorded} the change log fires, for tests that check what each write records. */
@Singleton
public class RecordedChanges {

    private final List<ChangesRecorded> changes = new CopyOnWriteArrayList<>();

    void on(@Observes ChangesRecorded change) {
        changes.add(change);
    }

    /** The changes fired since the last call, and forgets them. */
    public List<ChangesRecorded> take() {
        List<ChangesRecorded> taken = List.copyOf(changes);
        changes.clear();
        return taken;
    }
}
