package org.packagecatalogue.platform;

import io.netty.util.AsciiString;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every request gets a fresh trackingId before anything else runs. It is sent as the
 * {@value #HEADER} response header (which the access log prints), and answers put it in their bodies.
 */
@ApplicationScoped
public class TrackingIds {

    public static final String HEADER = "trackingId";

    /** The header's name and value as bytes, which Vert.x copies as they are; a String it checks and encodes char by char. */
    private static final AsciiString HEADER_NAME = AsciiString.cached(HEADER);

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Inject
    CurrentVertxRequest currentRequest;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            byte[] id = freshText();
            ctx.put(HEADER, new String(id, StandardCharsets.ISO_8859_1));
            ctx.response().putHeader(HEADER_NAME, new AsciiString(id, false));
            ctx.next();
        });
    }

    /** The current request's trackingId. */
    public String current() {
        RoutingContext ctx = currentRequest.getCurrent();
        return ctx == null ? fresh() : of(ctx);
    }

    public static String of(RoutingContext ctx) {
        String id = ctx.get(HEADER);
        return id != null ? id : of(ctx.request());
    }

    public static String of(HttpServerRequest request) {
        String id = request.response().headers().get(HEADER);
        return id != null ? id : fresh();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: a trackingId names a request, it is not a secret, so it
     * needs neither SecureRandom nor the lock that UUID.randomUUID takes on it for every request.
     */
    static String fresh() {
        return new String(freshText(), StandardCharsets.ISO_8859_1);
    }

    /** {@link #fresh}'s text as ASCII bytes, written straight from the two random longs (UUID's canonical form). */
    static byte[] freshText() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        byte[] text = new byte[36];
        hex(high >>> 32, text, 0, 8);
        text[8] = '-';
        hex(high >>> 16, text, 9, 4);
        text[13] = '-';
        hex(high, text, 14, 4);
        text[18] = '-';
        hex(low >>> 48, text, 19, 4);
        text[23] = '-';
        hex(low, text, 24, 12);
        return text;
    }

    /** The lowest {@code digits} hex digits of {@code value}, most significant first, at {@code at}. */
    private static void hex(long value, byte[] into, int at, int digits) {
        for (int i = at + digits - 1; i >= at; i--) {
            into[i] = HEX_DIGITS[(int) (value & 0xF)];
            value >>>= 4;
        }
    }
}
