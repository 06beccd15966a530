package org.packagecatalogue.catalogue.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.packagecatalogue.config.CatalogueConfig;

/**
 * Where events may be sent: an {@code https} URL (or {@code http} where {@code catalogue.webhooks.allow-http}),
 * whose host resolves to public addresses only, unless {@code catalogue.webhooks.allow-private-targets} or the
 * host is in {@code catalogue.webhooks.allowed-hosts}. Checked at registration and again at every delivery,
 * because what a name resolves to can change.
 */
@ApplicationScoped
public class WebhookTargets {

    /** The longest URL an endpoint may have. */
    public static final int MAX_URL = 2048;

    @Inject
    CatalogueConfig config;

    /** Why this URL must not be a target, or empty when it may. */
    public Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required");
        }
        if (url.length() > MAX_URL) {
            return Optional.of("must be at most " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && config.webhooks().allowHttp())) {
            return Optional.of(config.webhooks().allowHttp() ? "must be an http or https URL" : "must be an https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getUserInfo() != null) {
            return Optional.of("must name a host (and no user or password)");
        }
        if (config.webhooks().allowPrivateTargets() || allowedHosts().contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve: " + host);
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                return Optional.of("resolves to a loopback, link-local, private or metadata address, which is not allowed");
            }
        }
        return Optional.empty();
    }

    private List<String> allowedHosts() {
        return config.webhooks().allowedHosts().orElse(List.of()).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** Loopback, unspecified, link-local (the cloud metadata address among them), private, shared (CGNAT), unique-local or multicast. */
    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 10 || (first == 100 && second >= 64 && second <= 127) // 0/8, 10/8, 100.64/10
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19))
                    || first >= 224;
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7, unique local (fd00:ec2::254, a metadata address, among them)
            }
            boolean mapped = true; // ::ffff:a.b.c.d, an IPv4 address in IPv6 clothes
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPrivate(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
