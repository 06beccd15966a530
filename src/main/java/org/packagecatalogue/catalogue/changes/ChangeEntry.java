package org.packagecatalogue.catalogue.changes;

import java.time.Instant;

/**
 * A change as the log keeps it: its place in the log ({@code seq}: per object, the order of the commits),
 * who made it and when.
 */
public record ChangeEntry(long seq, Change change, Actor actor, Instant changedAt) {
}
