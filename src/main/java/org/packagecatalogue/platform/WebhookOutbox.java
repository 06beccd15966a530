package org.packagecatalogue.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.packagecatalogue.catalogue.changes.Change;
import org.packagecatalogue.catalogue.changes.ChangeEntry;
import org.packagecatalogue.catalogue.changes.ChangesRecorded;
import org.packagecatalogue.catalogue.webhooks.WebhookRepository;

/**
 * Every change-log entry an endpoint subscribes to becomes one outbox row, written in the change's own
 * transaction (a synchronous observer of {@link ChangesRecorded}): no committed change is missed, and a
 * rolled-back one is never sent. The row holds the whole CloudEvent, in the endpoint's dialect, so the sender
 * (or Debezium) sends it as it is.
 */
@ApplicationScoped
class WebhookOutbox {

    static final String SOURCE = "/package-catalogue";

    @Inject
    WebhookRepository repository;

    @Inject
    Instance<WebhookDialect> dialects;

    @Inject
    ObjectMapper mapper;

    @Inject
    WebhookSender sender;

    void write(@Observes ChangesRecorded recorded) {
        List<Long> owners = recorded.entries().stream().map(e -> e.change().root().ownerId()).distinct().toList();
        List<WebhookRepository.Subscriber> subscribers = repository.subscribers(owners);
        if (subscribers.isEmpty()) {
            return;
        }
        Map<String, WebhookDialect> byName = new HashMap<>();
        dialects.forEach(d -> byName.put(d.name(), d));
        List<WebhookRepository.Outgoing> rows = new ArrayList<>();
        for (ChangeEntry entry : recorded.entries()) {
            Change c = entry.change();
            String type = "catalogue." + c.objectType() + "." + c.action().word();
            for (WebhookRepository.Subscriber s : subscribers) {
                if (s.eventOwnerId() == c.root().ownerId() && wants(s.eventTypes(), c.objectType(), c.action().word())) {
                    UUID id = UUID.randomUUID();
                    rows.add(new WebhookRepository.Outgoing(id, c.objectType(), c.objectUid(), type,
                            event(id, type, entry, byName.get(s.dialect())), s.endpointId(), entry.seq()));
                }
            }
        }
        if (!rows.isEmpty()) {
            repository.insert(rows);
        }
    }

    /** Once the change committed, the sender looks at once (not at its next poll). */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangesRecorded recorded) {
        sender.wake();
    }

    static boolean wants(List<String> eventTypes, String objectType, String action) {
        for (String t : eventTypes) {
            if (t.equals("*") || t.equals(objectType + ".*") || t.equals(objectType + "." + action)) {
                return true;
            }
        }
        return false;
    }

    /** The CloudEvents 1.0 structured form. */
    private String event(UUID id, String type, ChangeEntry entry, WebhookDialect dialect) {
        ObjectNode event = mapper.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id.toString());
        event.put("source", SOURCE);
        event.put("type", type);
        event.put("subject", dialect.subject(entry));
        event.put("time", entry.changedAt().toString());
        event.put("datacontenttype", "application/json");
        event.set("data", mapper.valueToTree(dialect.data(entry)));
        try {
            return mapper.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
