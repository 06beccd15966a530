package org.packagecatalogue.auth;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.packagecatalogue.catalogue.owner.Owner;
import org.packagecatalogue.support.Api;

/** Registers a read-only credential for an owner through the core and logs it in. */
final class ReadOnlyClients {

    private ReadOnlyClients() {
    }

    static String register(String ownerId) {
        Credentials credentials = Arc.container().instance(Credentials.class).get();
        String clientId = "RO-" + java.util.UUID.randomUUID();
        String secret = "read-only-secret-" + clientId;
        QuarkusTransaction.requiringNew().run(() -> {
            Owner owner = Owner.findById(Long.parseLong(ownerId));
            credentials.register(owner, clientId, secret, ClientAccess.READ_ONLY);
        });
        return Api.login(clientId, secret);
    }
}
