package org.packagecatalogue.auth;

import org.packagecatalogue.config.CatalogueConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.packagecatalogue.catalogue.owner.Owner;
import org.packagecatalogue.catalogue.owner.OwnerRepository;
import org.packagecatalogue.catalogue.owner.OwnerKind;
import org.packagecatalogue.catalogue.owner.Owners;

/**
 * Onboarding without SQL: on first start, the platform owner (an aggregator) and its credential are
 * created from configuration (catalogue.bootstrap.aggregator.key / secret / name). Later starts,
 * and replicas starting at the same time, find it there and change nothing.
 */
@ApplicationScoped
public class AggregatorBootstrap {

    private static final Logger LOG = Logger.getLogger(AggregatorBootstrap.class);
    /** Serialises the first start of several replicas. */
    private static final long LOCK_KEY = 0x63617461L;

    @Inject
    CatalogueConfig config;

    @Inject
    Owners owners;

    @Inject
    Credentials credentials;

    @Inject
    OwnerRepository ownerRepository;

    void onStart(@Observes StartupEvent event) {
        Optional<String> key = config.bootstrap().aggregator().key();
        Optional<String> secret = config.bootstrap().aggregator().secret();
        String name = config.bootstrap().aggregator().name();
        if (key.isEmpty()) {
            LOG.info("No catalogue.bootstrap.aggregator.key configured: no platform owner is created.");
            return;
        }
        UUID uid = parseKey(key.get());
        String clientSecret = secret.filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException("catalogue.bootstrap.aggregator.secret must be set with the key"));
        if (QuarkusTransaction.requiringNew().call(() -> ensureAggregator(uid, clientSecret, name))) {
            LOG.infof("Created the platform owner %s (%s).", key.get(), name);
        }
    }

    boolean ensureAggregator(UUID uid, String clientSecret, String name) {
        ownerRepository.lockForTransaction(LOCK_KEY);
        if (owners.findByUid(uid).isPresent()) {
            return false;
        }
        Owner aggregator = owners.createAggregator(uid, name);
        credentials.register(aggregator, aggregator.publicId(), clientSecret, ClientAccess.READ_WRITE);
        return true;
    }

    static UUID parseKey(String key) {
        String prefix = OwnerKind.AGGREGATOR.idPrefix + "-";
        if (!key.startsWith(prefix)) {
            throw new IllegalStateException("catalogue.bootstrap.aggregator.key must look like " + prefix + "<uuid>");
        }
        try {
            return UUID.fromString(key.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("catalogue.bootstrap.aggregator.key must look like " + prefix + "<uuid>");
        }
    }
}
