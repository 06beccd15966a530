package org.packagecatalogue.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.packagecatalogue.catalogue.ConflictException;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.changes.ChangeAction;
import org.packagecatalogue.catalogue.changes.ChangeLog;
import org.packagecatalogue.catalogue.owner.Owner;
import org.packagecatalogue.catalogue.tenancy.Tenant;
import org.packagecatalogue.config.CatalogueConfig;

/**
 * An owner manages its own API clients: lists them (never a secret), creates read-only or read-write ones
 * (the secret shown once), rotates a secret (the previous one keeps working for
 * {@code catalogue.clients.rotation-grace}) and revokes a client (it trades nothing more, and every replica
 * refuses its tokens within {@code catalogue.clients.revocation-refresh}: {@link RevokedClients}). Only the
 * owner's own clients, never another owner's, not even a distributor's below it.
 */
@ApplicationScoped
public class ClientManagement {

    static final String OBJECT_TYPE = "client";

    /** What a list shows of a client. */
    public record Client(String clientId, String name, ClientAccess access, Instant created, Instant rotated,
                         Instant previousSecretValidUntil, Instant revoked) {

        static Client of(ApiClient c) {
            return new Client(c.clientId, c.name, c.access, c.created, c.rotated, c.previousSecretHashAt(Instant.now()) == null
                    ? null : c.previousSecretExpires, c.revoked);
        }
    }

    /** A client and its new secret, the one time it is shown. */
    public record WithSecret(Client client, String secret) {
        @Override
        public String toString() {
            return "WithSecret[" + client.clientId() + "]"; // never the secret
        }
    }

    @Inject
    ApiClientRepository clients;

    @Inject
    Credentials credentials;

    @Inject
    SecretHasher hasher;

    /** Fired inside the revoking transaction; {@link RevokedClients} hears it once the revocation is committed. */
    public record Revoked(String clientId) {
    }

    @Inject
    jakarta.enterprise.event.Event<Revoked> revocations;

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    private final Duration grace;
    private final int listLimit;

    @Inject
    ClientManagement(CatalogueConfig config) {
        this.grace = config.clients().rotationGrace();
        this.listLimit = config.list().maxItems();
    }

    @Transactional
    public List<Client> list(Tenant owner) {
        return clients.ofOwner(owner.ownerId(), listLimit).stream().map(Client::of).toList();
    }

    @Transactional
    public WithSecret create(Tenant owner, String name, ClientAccess access) {
        String secret = hasher.newSecret();
        ApiClient client = credentials.register(em.getReference(Owner.class, owner.ownerId()), "CLID-" + UUID.randomUUID(), secret,
                access, name);
        return new WithSecret(Client.of(client), secret);
    }

    /** A new secret; the previous one works until the grace period ends, then stops. */
    @Transactional
    public WithSecret rotate(Tenant owner, String clientId) {
        ApiClient client = active(owner, clientId);
        String secret = hasher.newSecret();
        Instant now = Instant.now();
        client.previousSecretHash = client.secretHash;
        client.previousSecretExpires = now.plus(grace);
        client.secretHash = hasher.hashOf(secret);
        client.rotated = now;
        changeLog.updated(client, client, ChangeAction.ROTATED);
        return new WithSecret(Client.of(client), secret);
    }

    /**
     * Revokes one of the owner's clients; revoking a revoked client answers it as it is. A client cannot
     * revoke itself: the owner would lose the credential it manages the others with.
     */
    @Transactional
    public Client revoke(Tenant owner, String clientId, String caller) {
        ApiClient client = owned(owner, clientId);
        if (client.revoked == null) {
            if (client.clientId.equals(caller)) {
                throw new ConflictException("a client cannot revoke itself: revoke it with another read-write client");
            }
            client.revoked = Instant.now();
            client.previousSecretHash = null;
            client.previousSecretExpires = null;
            changeLog.updated(client, client, ChangeAction.REVOKED);
        }
        revocations.fire(new Revoked(client.clientId));
        return Client.of(client);
    }

    private ApiClient active(Tenant owner, String clientId) {
        ApiClient client = owned(owner, clientId);
        if (client.revoked != null) {
            throw new ConflictException(OBJECT_TYPE + " " + clientId + " is revoked");
        }
        return client;
    }

    private ApiClient owned(Tenant owner, String clientId) {
        return clients.lockOwned(owner.ownerId(), clientId).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, clientId));
    }
}
