package org.packagecatalogue.platform;

import org.packagecatalogue.catalogue.changes.ChangeEntry;

/**
 * How one dialect tells of a change in a webhook event: the CloudEvent's {@code subject} and {@code data}, in
 * the names and ids of the dialect the endpoint was registered in. Each adapter has one.
 */
public interface WebhookDialect {

    /** {@code billing} or {@code mpaas}: what an endpoint records as its dialect. */
    String name();

    /** The object the event is about, as this dialect names it (package/42, PID-…). */
    String subject(ChangeEntry entry);

    /** The event's data: the object's ids, owner, actor, trackingId and fields before and after, in this dialect's names. */
    Object data(ChangeEntry entry);
}
