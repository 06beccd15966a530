package org.packagecatalogue.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.packagecatalogue.catalogue.owner.Owner;

/** API clients: registering them with a hashed secret, and checking a presented secret. */
@ApplicationScoped
public class Credentials {

    @Inject
    EntityManager em;

    @Inject
    ApiClientRepository clients;

    @Inject
    SecretHasher hasher;

    @Inject
    org.packagecatalogue.catalogue.changes.ChangeLog changeLog;

    /** Registers a client; the secret is hashed here and exists in clear only in the caller's hands. */
    @Transactional
    public ApiClient register(Owner owner, String clientId, String secret, ClientAccess access) {
        return register(owner, clientId, secret, access, null);
    }

    /** Registers a client with the owner's label for it, and records its creation in the change log (never its secret). */
    @Transactional
    public ApiClient register(Owner owner, String clientId, String secret, ClientAccess access, String name) {
        ApiClient client = new ApiClient();
        client.name = name;
        client.clientId = clientId;
        client.secretHash = hasher.hashOf(secret);
        client.owner = owner;
        client.access = access;
        em.persist(client);
        em.flush(); // its creation time, which the answer shows
        changeLog.write(changeLog.changes().created(client, client));
        return client;
    }

    /** The client with its owner, if the id is known and the client not revoked. */
    public Optional<ApiClient> find(String clientId) {
        if (clientId == null || clientId.isBlank() || clientId.length() > 200) {
            return Optional.empty();
        }
        return clients.findByClientId(clientId).filter(c -> c.revoked == null);
    }

    /**
     * The client if the secret is right: its secret, or during a rotation's grace its previous one. A wrong
     * secret and an unknown or revoked client cost the same time.
     */
    public Optional<ApiClient> authenticate(String clientId, String secret) {
        Optional<ApiClient> client = find(clientId);
        boolean ok = hasher.matches(secret, client.map(c -> c.secretHash).orElse(null));
        if (!ok && client.isPresent()) {
            String previous = client.get().previousSecretHashAt(Instant.now());
            ok = previous != null && hasher.matches(secret, previous);
        }
        return ok ? client : Optional.empty();
    }
}
