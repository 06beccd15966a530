package org.packagecatalogue.catalogue.changes;

import java.util.List;

/**
 * The change log's entries of one write, fired inside the write's transaction once they are written: the
 * hook for webhooks, the cross-replica cache and scheduled prices. A synchronous observer runs in the same
 * transaction (a failing one rolls the write back); {@code @Observes(during = AFTER_SUCCESS)} hears only
 * committed changes. A write that changed nothing fires nothing.
 */
public record ChangesRecorded(List<ChangeEntry> entries) {
}
