package org.packagecatalogue.catalogue.webhooks;

import java.time.Instant;
import java.util.UUID;

/**
 * One event for one endpoint, as the outbox keeps it: its id (the {@code webhook-id} every attempt and a
 * redelivery send again), its type and object, and how its delivery went.
 */
public record Delivery(UUID id, String type, String objectType, String objectId, long changeSeq, String status, int attempts,
                       Integer lastStatus, String lastError, Instant lastAttemptAt, Instant deliveredAt, Instant nextAttemptAt,
                       Instant created) {
}
