package org.packagecatalogue.auth;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.packagecatalogue.catalogue.owner.Owners;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/** The tenant of the current request, from the verified token's owner claim. */
@RequestScoped
public class CallerTenant {

    @Inject
    JsonWebToken token;

    @Inject
    Owners owners;

    private Tenant tenant;

    public Tenant get() {
        if (tenant == null) {
            tenant = owners.tenantOf(ownerId()).orElseThrow(() -> new UnauthorizedException("the token's owner does not exist"));
        }
        return tenant;
    }

    /** The API client the token was issued to. */
    public String clientId() {
        return token.getSubject();
    }

    /** Who is calling, for keys a caller chooses itself (Idempotency-Key): its owner and its client. */
    public String callerKey() {
        return get().ownerId() + ":" + token.getSubject();
    }

    private long ownerId() {
        Object claim = token.getClaim(TokenService.OWNER_ID_CLAIM);
        try {
            if (claim instanceof JsonNumber number) {
                return number.longValueExact();
            }
            if (claim instanceof Number number) {
                return number.longValue();
            }
            if (claim instanceof JsonString text) {
                return Long.parseLong(text.getString());
            }
            if (claim instanceof String text) {
                return Long.parseLong(text);
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // falls through to the rejection below
        }
        throw new UnauthorizedException("the token names no owner");
    }
}
