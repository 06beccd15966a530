package org.packagecatalogue.auth;

import org.packagecatalogue.config.CatalogueConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Client secrets: generated at random, stored only as bcrypt hashes ({@code $2b$}, as Bouncy Castle wrote
 * them before, so every stored hash still verifies).
 */
@ApplicationScoped
public class SecretHasher {

    private final SecureRandom random = new SecureRandom();
    private final int cost;
    /** Compared against when the client is unknown, so that a miss costs as long as a wrong secret. */
    private final String decoy;

    @jakarta.inject.Inject
    public SecretHasher(CatalogueConfig config) {
        this(config.security().bcryptCost());
    }

    SecretHasher(int cost) {
        this.cost = cost;
        this.decoy = hashOf(newSecret());
    }

    /** A fresh secret: 32 random bytes, base64url without padding (43 characters). */
    public String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hashOf(String secret) {
        return BCrypt.hashpw(secret, BCrypt.gensalt("$2b", cost, random));
    }

    public boolean matches(String secret, String hash) {
        if (secret == null || secret.isEmpty()) {
            return false;
        }
        try {
            return BCrypt.checkpw(secret, hash == null ? decoy : hash) && hash != null;
        } catch (IllegalArgumentException badHash) {
            return false;
        }
    }
}
