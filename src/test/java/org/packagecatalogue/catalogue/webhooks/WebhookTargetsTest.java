package org.packagecatalogue.catalogue.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which addresses a webhook may never be sent to (unless an operator allows private targets or names the host). */
class WebhookTargetsTest {

    @Test
    void privateLoopbackLinkLocalAndMetadataAddressesAreRefusedPublicOnesAreNot() throws Exception {
        Map<String, Boolean> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("127.0.0.1", true), Map.entry("127.5.6.7", true), Map.entry("0.0.0.0", true), Map.entry("10.1.2.3", true),
                Map.entry("172.16.0.1", true), Map.entry("172.31.255.255", true), Map.entry("192.168.1.1", true),
                Map.entry("169.254.169.254", true), Map.entry("100.64.0.1", true), Map.entry("224.0.0.1", true),
                Map.entry("::1", true), Map.entry("::", true), Map.entry("fe80::1", true), Map.entry("fd00:ec2::254", true),
                Map.entry("::ffff:127.0.0.1", true), Map.entry("::ffff:10.0.0.1", true),
                Map.entry("8.8.8.8", false), Map.entry("172.32.0.1", false), Map.entry("100.128.0.1", false),
                Map.entry("2001:4860:4860::8888", false), Map.entry("::ffff:8.8.8.8", false)));
        Map<String, Boolean> actual = new TreeMap<>();
        for (String address : expected.keySet()) {
            actual.put(address, WebhookTargets.isPrivate(InetAddress.getByName(address)));
        }
        assertEquals(expected, actual);
    }

    @Test
    void eventTypesAreStarATypeWithStarOrATypeWithAnAction() {
        Map<String, Boolean> expected = new TreeMap<>(Map.of("*", true, "package.*", true, "package.updated", true, "service.deleted", true,
                "subscription.sold", true, "package", false, "package.renamed", false, "nothing.*", false, "", false));
        Map<String, Boolean> actual = new TreeMap<>();
        for (String type : List.copyOf(expected.keySet())) {
            actual.put(type, Webhooks.eventType(type));
        }
        assertEquals(expected, actual);
    }
}
