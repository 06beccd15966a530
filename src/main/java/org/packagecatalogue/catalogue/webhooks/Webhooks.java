package org.packagecatalogue.catalogue.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.packagecatalogue.catalogue.ConflictException;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.changes.ChangeAction;
import org.packagecatalogue.catalogue.changes.ChangeLog;
import org.packagecatalogue.catalogue.changes.ChangeSet;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.owner.Owner;
import org.packagecatalogue.catalogue.tenancy.Tenant;
import org.packagecatalogue.config.CatalogueConfig;

/**
 * An owner's webhook endpoints: register (the signing secret shown once), list, read, update, disable,
 * enable, rotate the secret (the old one keeps signing beside the new one for
 * {@code catalogue.webhooks.rotation-grace}), delete; and its deliveries, one of which it can send again.
 * An owner sees its own endpoints only, never another's.
 */
@ApplicationScoped
public class Webhooks {

    /** The kinds of object an endpoint may ask for, as events name them (catalogue.&lt;type&gt;.&lt;action&gt;). */
    public static final Set<String> OBJECT_TYPES = Set.of("package", "packageService", "packageFrequency", "packageCurrency",
            "usageBucket", "tier", "subscription", "service", "client", "distributor", WebhookEndpoint.OBJECT_TYPE);

    /** The most event types one endpoint may list. */
    public static final int MAX_EVENT_TYPES = 50;

    /** What a caller sets; null where it sent nothing (an update changes only what it sent). */
    public record Spec(String url, List<String> eventTypes, String description, Boolean includeDistributors) {
    }

    /** An endpoint and its new secret, the one time the secret is shown. */
    public record WithSecret(WebhookEndpoint endpoint, String secret) {
        @Override
        public String toString() {
            return "WithSecret[" + endpoint.uid + "]"; // never the secret
        }
    }

    /** Made at run time with the bean: a SecureRandom in a static field would be built into the native image, seed and all. */
    private final SecureRandom random = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    WebhookRepository repository;

    @Inject
    WebhookTargets targets;

    @Inject
    ChangeLog changeLog;

    @Inject
    CatalogueConfig config;

    @Transactional
    public List<WebhookEndpoint> list(Tenant owner) {
        return repository.ofOwner(owner.ownerId(), config.list().maxItems());
    }

    @Transactional
    public WebhookEndpoint get(Tenant owner, Object key) {
        return owned(owner, key, false);
    }

    @Transactional
    public WithSecret register(Tenant owner, String dialect, Spec spec) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.uid = UUID.randomUUID();
        endpoint.owner = em.getReference(Owner.class, owner.ownerId());
        endpoint.dialect = dialect;
        endpoint.eventTypes = List.of("*");
        apply(spec, endpoint, true);
        String secret = newSecret();
        endpoint.secret = secret;
        em.persist(endpoint);
        em.flush();
        changeLog.write(changeLog.changes().created(endpoint, endpoint));
        return new WithSecret(endpoint, secret);
    }

    @Transactional
    public WebhookEndpoint update(Tenant owner, Object key, Spec spec) {
        WebhookEndpoint endpoint = owned(owner, key, true);
        apply(spec, endpoint, false);
        return recorded(endpoint, ChangeAction.UPDATED);
    }

    /** Stops sending to it; its events are kept (delivered again once it is enabled, while younger than max-age). */
    @Transactional
    public WebhookEndpoint disable(Tenant owner, Object key) {
        WebhookEndpoint endpoint = owned(owner, key, true);
        if (endpoint.enabled) {
            endpoint.enabled = false;
            endpoint.disabledReason = "disabled by its owner";
            endpoint.disabledAt = Instant.now();
        }
        return recorded(endpoint, ChangeAction.UPDATED);
    }

    @Transactional
    public WebhookEndpoint enable(Tenant owner, Object key) {
        WebhookEndpoint endpoint = owned(owner, key, true);
        if (!endpoint.enabled) {
            endpoint.enabled = true;
            endpoint.disabledReason = null;
            endpoint.disabledAt = null;
            endpoint.failingSince = null;
            repository.retryNow(endpoint.id);
        }
        return recorded(endpoint, ChangeAction.UPDATED);
    }

    /** A new secret; the previous one keeps signing beside it (two signatures) until the grace ends. */
    @Transactional
    public WithSecret rotate(Tenant owner, Object key) {
        WebhookEndpoint endpoint = owned(owner, key, true);
        String secret = newSecret();
        endpoint.previousSecret = endpoint.secret;
        endpoint.previousSecretExpires = Instant.now().plus(config.webhooks().rotationGrace());
        endpoint.secret = secret;
        return new WithSecret(recorded(endpoint, ChangeAction.ROTATED), secret);
    }

    @Transactional
    public void delete(Tenant owner, Object key) {
        WebhookEndpoint endpoint = owned(owner, key, true);
        ChangeSet changes = changeLog.changes().deleted(endpoint, endpoint);
        em.remove(endpoint);
        em.flush();
        changeLog.write(changes);
    }

    /** The endpoint's deliveries, newest first, at most {@code limit}. */
    @Transactional
    public List<Delivery> deliveries(Tenant owner, Object key, int limit) {
        return repository.deliveries(owned(owner, key, false).id, limit);
    }

    /** Sends a delivery again, with the same webhook-id, as soon as the sender can (whatever became of it). */
    @Transactional
    public Delivery redeliver(Tenant owner, Object key, UUID delivery) {
        WebhookEndpoint endpoint = owned(owner, key, false);
        return repository.redeliver(endpoint.id, delivery).orElseThrow(() -> new NotFoundException("delivery", delivery));
    }

    private WebhookEndpoint recorded(WebhookEndpoint endpoint, ChangeAction action) {
        changeLog.updated(endpoint, endpoint, action);
        return endpoint;
    }

    /** By number (billing) or public id (mPaaS): another owner's endpoint is a 404 like a missing one. */
    private WebhookEndpoint owned(Tenant owner, Object key, boolean lock) {
        return repository.owned(owner.ownerId(), key, lock).orElseThrow(() -> new NotFoundException(WebhookEndpoint.OBJECT_TYPE, key));
    }

    private void apply(Spec spec, WebhookEndpoint endpoint, boolean creating) {
        List<Violation> problems = new ArrayList<>();
        if (creating && spec.url() == null) {
            problems.add(Violation.required(WebhookField.URL));
        }
        if (spec.url() != null) {
            targets.refusal(spec.url()).ifPresentOrElse(
                    why -> problems.add(Violation.of(WebhookField.URL, Violation.INVALID_VALUE, why)),
                    () -> endpoint.url = spec.url());
        }
        if (spec.eventTypes() != null) {
            List<String> wrong = spec.eventTypes().stream().filter(t -> !eventType(t)).toList();
            if (spec.eventTypes().isEmpty() || spec.eventTypes().size() > MAX_EVENT_TYPES) {
                problems.add(Violation.of(WebhookField.EVENT_TYPES, Violation.INVALID_VALUE, "must list 1 to " + MAX_EVENT_TYPES + " event types"));
            } else if (!wrong.isEmpty()) {
                problems.add(Violation.of(WebhookField.EVENT_TYPES, Violation.INVALID_VALUE, "names no event type: " + String.join(", ", wrong)
                        + " (use *, an object type and .*, or an object type and an action, e.g. package.updated)"));
            } else {
                endpoint.eventTypes = List.copyOf(new LinkedHashSet<>(spec.eventTypes()));
            }
        }
        if (spec.description() != null) {
            if (spec.description().length() > DraftRules.MAX_TEXT) {
                problems.add(Violation.of(WebhookField.DESCRIPTION, Violation.TOO_LONG, "must be at most " + DraftRules.MAX_TEXT + " characters"));
            } else {
                endpoint.description = spec.description();
            }
        }
        if (spec.includeDistributors() != null) {
            endpoint.includeDistributors = spec.includeDistributors();
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /** {@code *}, {@code type.*} or {@code type.action}. */
    static boolean eventType(String t) {
        if (t == null) {
            return false;
        }
        if (t.equals("*")) {
            return true;
        }
        int dot = t.indexOf('.');
        if (dot < 0 || !OBJECT_TYPES.contains(t.substring(0, dot))) {
            return false;
        }
        String action = t.substring(dot + 1);
        if (action.equals("*")) {
            return true;
        }
        for (ChangeAction a : ChangeAction.values()) {
            if (a.word().equals(action)) {
                return true;
            }
        }
        return false;
    }

    /** 32 random bytes, base64, prefixed whsec_ as the Standard Webhooks specification says. */
    String newSecret() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

}
