package org.packagecatalogue.auth;

import java.util.Locale;

/**
 * A token may be scoped to one endpoint (the mPaaS ApiEndpoint): it is then good on that path only.
 * Paths compare without the /v1.0 prefix, slashes at either end, or letter case, so that
 * "/v1.0/packages/update", "packages/update" and "Packages/Update" name the same endpoint.
 */
final class EndpointScope {

    private EndpointScope() {
    }

    static String normalize(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return null;
        }
        String path = endpoint.strip().toLowerCase(Locale.ROOT);
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "" : path.substring(slash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        path = path.replaceAll("^/+|/+$", "");
        if (path.startsWith("v1.0/")) {
            path = path.substring("v1.0/".length());
        }
        return path;
    }

    static boolean allows(String scope, String requestPath) {
        String wanted = normalize(scope);
        return wanted == null || wanted.equals(normalize(requestPath));
    }
}
