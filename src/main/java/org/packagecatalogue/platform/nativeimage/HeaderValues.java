package org.packagecatalogue.platform.nativeimage;

import java.nio.charset.StandardCharsets;

/**
 * Whether a header value holds only characters that Vert.x's header check lets through at a glance: no control
 * character but the tab, and no DEL. Read over the value's Latin-1 bytes, where every character outside Latin-1 is a
 * '?', which the check lets through too; so a value passed here is one that Vert.x's check passes.
 */
public final class HeaderValues {

    private HeaderValues() {
    }

    public static boolean plain(String value) {
        byte[] latin1 = value.getBytes(StandardCharsets.ISO_8859_1);
        for (byte b : latin1) {
            int c = b & 0xFF;
            if (c < ' ' && c != '\t' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
