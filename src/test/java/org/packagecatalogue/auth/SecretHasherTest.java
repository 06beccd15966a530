package org.packagecatalogue.auth;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Client secrets hash and verify without a container; hashes written before (Bouncy Castle) still verify. */
class SecretHasherTest {

    private final SecretHasher hasher = new SecretHasher(4);

    /** Written by Bouncy Castle 1.84's OpenBSDBCrypt.generate("2b", secret, salt, 10), as stored before this class changed library. */
    private static final String BOUNCY_CASTLE_HASH = "$2b$10$.umPE/6kJRO5OijOTz3jZ.GHg65xcO3jmPuQu2LnCQTyMfVR7Rrg6";

    @Test
    void aHashWrittenByTheEarlierLibraryStillVerifies() {
        assertTrue(hasher.matches("demo-secret-from-bouncy-castle", BOUNCY_CASTLE_HASH));
        assertFalse(hasher.matches("demo-secret-from-bouncy-castlE", BOUNCY_CASTLE_HASH));
    }

    @Test
    void aNewHashIsBcrypt2bAtTheConfiguredCostAndSalted() {
        String secret = hasher.newSecret();
        String hash = hasher.hashOf(secret);
        assertEquals("$2b$04$", hash.substring(0, 7));
        assertEquals(60, hash.length());
        assertNotEquals(hash, hasher.hashOf(secret));
        assertTrue(hasher.matches(secret, hash));
        assertFalse(hasher.matches(secret + "x", hash));
    }

    @Test
    void missingSecretsUnknownClientsAndBrokenHashesNeverMatch() {
        String secret = hasher.newSecret();
        assertEquals(43, secret.length());
        assertFalse(hasher.matches(null, hasher.hashOf(secret)));
        assertFalse(hasher.matches("", hasher.hashOf("")));
        assertFalse(hasher.matches(secret, null));
        assertFalse(hasher.matches(secret, "not a bcrypt hash"));
    }
}
