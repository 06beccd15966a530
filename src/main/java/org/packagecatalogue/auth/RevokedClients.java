package org.packagecatalogue.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.packagecatalogue.config.CatalogueConfig;

/**
 * Which API clients are revoked, as this replica knows it: every bearer token is checked against it, on the
 * request's own thread and without a query. The set is read at start and read again, in the background, by
 * the first check after {@code catalogue.clients.revocation-refresh}; a revocation made on this replica is
 * known at once. So a revoked client's tokens stop working on every replica within that interval (plus
 * the time to the next request), whatever the token cache holds.
 */
@ApplicationScoped
public class RevokedClients {

    private static final Logger LOG = Logger.getLogger(RevokedClients.class);

    @Inject
    ApiClientRepository clients;

    @Inject
    ManagedExecutor background;

    private final long refreshNanos;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Set<String> revoked = Set.of();
    private volatile long readAt = Long.MIN_VALUE / 2;

    @Inject
    RevokedClients(CatalogueConfig config) {
        this.refreshNanos = config.clients().revocationRefresh().toNanos();
    }

    void onStart(@Observes StartupEvent start) {
        try {
            read();
        } catch (RuntimeException e) {
            // the database may not be up yet: the first check reads again
            LOG.warnf("the revoked clients could not be read at start: %s", e.toString());
        }
    }

    public boolean isRevoked(String clientId) {
        if (System.nanoTime() - readAt > refreshNanos && reading.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    read();
                } catch (RuntimeException e) {
                    LOG.debugf("the revoked clients could not be read: %s", e.toString());
                } finally {
                    reading.set(false);
                }
            });
        }
        return clientId != null && revoked.contains(clientId);
    }

    /** A revocation committed on this replica: its tokens are refused from now on. */
    void revokedHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClientManagement.Revoked revocation) {
        publish(Set.of(revocation.clientId()));
    }

    @Transactional
    void read() {
        publish(clients.revokedClientIds());
        readAt = System.nanoTime();
    }

    /**
     * The revoked clients are those read, the ones already known and those revoked here. A revocation is
     * never undone, so a read can only add: a read begun before a revocation here committed keeps it.
     */
    private synchronized void publish(Collection<String> clientIds) {
        Set<String> all = new HashSet<>(revoked);
        all.addAll(clientIds);
        revoked = Set.copyOf(all);
    }
}
