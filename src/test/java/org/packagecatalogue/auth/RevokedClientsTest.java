package org.packagecatalogue.auth;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The replica that revokes a client refuses its tokens at once, and keeps refusing them when a background
 * read of the revoked clients lands afterwards with a snapshot taken before the revocation committed.
 */
@QuarkusTest
class RevokedClientsTest {

    @Inject
    RevokedClients revokedClients;

    @Test
    void aReadThatMissedARevocationMadeHereKeepsIt() {
        // a client revoked here whose row the read below does not see, as a snapshot taken before the commit
        String clientId = "CLID-" + UUID.randomUUID();
        revokedClients.revokedHere(new ClientManagement.Revoked(clientId));
        assertTrue(revokedClients.isRevoked(clientId));

        revokedClients.read();

        assertTrue(revokedClients.isRevoked(clientId), "a read replaced the set and forgot a revocation made here");
        assertFalse(revokedClients.isRevoked("CLID-" + UUID.randomUUID()));
    }
}
