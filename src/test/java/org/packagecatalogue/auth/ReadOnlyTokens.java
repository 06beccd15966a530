package org.packagecatalogue.auth;

import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A read-only token for the owner of another token, signed with the test key. */
public final class ReadOnlyTokens {

    private ReadOnlyTokens() {
    }

    public static String forOwnerOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        long ownerId = io.restassured.path.json.JsonPath.from(payload).getLong("owner_id");
        return Jwt.issuer(io.restassured.path.json.JsonPath.from(payload).getString("iss")).subject("read-only")
                .audience(TokenService.AUDIENCE).groups(Roles.READ).claim(TokenService.OWNER_ID_CLAIM, ownerId)
                .expiresIn(600).sign(devSigningKey());
    }

    /** Read from the file, so that this works in a test of the packaged application too. */
    private static java.security.PrivateKey devSigningKey() {
        try {
            return io.smallrye.jwt.util.KeyUtils.decodePrivateKey(
                    java.nio.file.Files.readString(java.nio.file.Path.of("config/dev-only-keys/DEV-ONLY-signing-key.pem")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
