package org.packagecatalogue.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Map;

/**
 * The entry point of the packaged application and of dev mode: it sets Netty's buffer pool before Netty makes it (on
 * first use, at run time in the native executable too), then runs the application. A {@code -D} of the same name on the
 * command line wins.
 */
@QuarkusMain
public class Main {

    /**
     * Netty's pool keeps, per thread and per size, up to smallCacheSize freed buffers for that thread to reuse (its
     * default: 256). A worker thread that writes an answer allocates its 8 KB buffers faster than the event loop sends
     * and frees them, so each worker came to keep up to 2 MB of them: with 32 workers, the whole direct memory that
     * -Xmx64m allows, and the process exited (bench/READS.md, "Direct memory"). 32 keep the reuse and bound the rest.
     */
    static final Map<String, String> NETTY_BUFFER_POOL = Map.of("io.netty.allocator.smallCacheSize", "32");

    public static void main(String... args) {
        NETTY_BUFFER_POOL.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
        Quarkus.run(args);
    }
}
