package org.packagecatalogue.catalogue.packages;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.packagecatalogue.catalogue.changes.ChangesAnnounced;

/** Remembers every {@link ChangesAnnounced} this replica hears, once the caches have acted on it (a later priority). */
@Singleton
public class HeardAnnouncements {

    private final List<ChangesAnnounced> heard = new CopyOnWriteArrayList<>();

    void on(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000) ChangesAnnounced announced) {
        heard.add(announced);
    }

    /** How many announcements naming this root (not "everything") have been heard. */
    public long naming(String root) {
        return heard.stream().filter(a -> !a.everything() && a.roots().contains(root)).count();
    }

    /**
     * Waits until an announcement naming this root has been heard. Announcements come in commit order, so once a
     * write's is heard, so are those of every write committed before it: none of them will drop what is kept after.
     */
    public void await(String root) {
        org.awaitility.Awaitility.await("heard " + root).atMost(java.time.Duration.ofMillis(2000)).pollDelay(java.time.Duration.ZERO)
                .pollInterval(java.time.Duration.ofMillis(5)).until(() -> naming(root) > 0);
    }
}
