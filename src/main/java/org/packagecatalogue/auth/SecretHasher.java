package org.packagecatalogue.auth;

import org.packagecatalogue.config.CatalogueConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** Client secrets: generated at random, stored only as bcrypt hashes (Bouncy Castle's OpenBSD bcrypt). */
@ApplicationScoped
public class SecretHasher {

    private final SecureRandom random = new SecureRandom();
    private final int cost;
    /** Compared against when the client is unknown, so that a miss costs as long as a wrong secret. */
    private final String decoy;

    public SecretHasher(CatalogueConfig config) {
        this.cost = config.security().bcryptCost();
        this.decoy = hashOf(newSecret());
    }

    /** A fresh secret: 32 random bytes, base64url without padding (43 characters). */
    public String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hashOf(String secret) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", secret.toCharArray(), salt, cost);
    }

    public boolean matches(String secret, String hash) {
        if (secret == null || secret.isEmpty()) {
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash == null ? decoy : hash, secret.toCharArray()) && hash != null;
        } catch (IllegalArgumentException badHash) {
            return false;
        }
    }
}
