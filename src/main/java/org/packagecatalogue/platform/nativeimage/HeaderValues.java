package org.packagecatalogue.platform.nativeimage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Whether a header value holds only characters that Vert.x's header check lets through at a glance: no control
 * character but the tab, and no DEL. Read over the value's Latin-1 bytes, where every character outside Latin-1 is a
 * '?', which the check lets through too; so a value passed here is one that Vert.x's check passes.
 * <p>
 * The bytes are read eight at a time: a bearer token is most of a request's header bytes, and a loop over its bytes
 * one at a time was a few per cent of a get-by-id's instructions in the native executable.
 */
public final class HeaderValues {

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long DELS = 0x7F * ONES;

    private HeaderValues() {
    }

    public static boolean plain(String value) {
        byte[] latin1 = value.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer words = ByteBuffer.wrap(latin1).order(ByteOrder.LITTLE_ENDIAN);
        int at = 0;
        for (; at + Long.BYTES <= latin1.length; at += Long.BYTES) {
            long word = words.getLong(at);
            // exact as a whole: nonzero when some byte is below a space (a tab too), or is DEL; then byte by byte
            long dels = word ^ DELS;
            long suspects = ((word - ' ' * ONES) & ~word | (dels - ONES) & ~dels) & HIGH_BITS;
            if (suspects != 0 && !plain(latin1, at, at + Long.BYTES)) {
                return false;
            }
        }
        return plain(latin1, at, latin1.length);
    }

    private static boolean plain(byte[] latin1, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = latin1[i] & 0xFF;
            if (c < ' ' && c != '\t' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
