package org.packagecatalogue.catalogue.cache;

import java.util.function.Supplier;

/**
 * A kept value's answer as a dialect last rendered it: asked again with the same key, it is answered from these bytes
 * without rendering it again. The key names the rendering and everything it shows that is not kept with the value; a
 * different key renders again and replaces it. One slot: one dialect renders a given kind of value.
 */
public final class KeptRendering {

    private record Rendered(Object key, byte[] bytes) {
    }

    private volatile Rendered rendered;

    /** The bytes rendered for {@code key}: kept ones, or {@code render}'s, then kept. Never to be changed by the caller. */
    public byte[] get(Object key, Supplier<byte[]> render) {
        Rendered last = rendered;
        if (last != null && last.key().equals(key)) {
            return last.bytes();
        }
        byte[] bytes = render.get();
        rendered = new Rendered(key, bytes);
        return bytes;
    }
}
