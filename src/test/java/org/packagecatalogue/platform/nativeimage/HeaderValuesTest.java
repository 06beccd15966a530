package org.packagecatalogue.platform.nativeimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.impl.HttpUtils;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The native executable's header value check ({@link VertxHeaderValueCheck}) against Vert.x's own, run here on the JVM,
 * where Vert.x's is not replaced: for any value, passing it when {@link HeaderValues#plain} does and otherwise handing it
 * to Vert.x's check for any {@link CharSequence} refuses exactly what Vert.x refuses, with the same message.
 */
class HeaderValuesTest {

    /** What a check did with a value: null when it let the value through, else the message it refused it with. */
    private static String outcome(Runnable check) {
        try {
            check.run();
            return null;
        } catch (IllegalArgumentException refused) {
            return refused.getMessage();
        }
    }

    /** Vert.x's check of a String, which the native executable replaces. */
    private static String vertx(String value) {
        return outcome(() -> HttpUtils.validateHeaderValue(value));
    }

    /** The replacement: a StringBuilder is neither a String nor an AsciiString, so Vert.x checks it as any CharSequence. */
    private static String replacement(String value) {
        return outcome(() -> {
            if (!HeaderValues.plain(value)) {
                HttpUtils.validateHeaderValue(new StringBuilder(value));
            }
        });
    }

    @Property(tries = 20_000, seed = "20261207")
    void refusesWhatVertxRefusesWithItsMessage(@ForAll("headerValues") String value) {
        assertEquals(vertx(value), replacement(value), () -> "value " + value.chars().mapToObj(Integer::toHexString).toList());
    }

    @Provide
    Arbitrary<String> headerValues() {
        // control characters, tab, CR, LF (folded or not), DEL, Latin-1, characters outside Latin-1 whose low byte is a
        // control character or DEL, and a surrogate pair
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u001F').map(String::valueOf),
                Arbitraries.of("\t", " ", "\r", "\n", "\r\n", "\r\n ", "\r\n\t", "\n ", "\u007F", "a", "Bearer ", "é",
                        "\u00FF", "\u0100", "\u010A", "\u017F", "\u0109", "\uD83D\uDE00"),
                Arbitraries.strings().alpha().numeric().ofMaxLength(12));
        // up to a few hundred characters, so that a refused character falls at every place of an eight-byte word
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Test
    void aBearerTokenIsPlainAndAControlCharacterIsNot() {
        assertTrue(HeaderValues.plain("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"));
        assertTrue(HeaderValues.plain("a\tb é \u010A"), "a character outside Latin-1 is let through whatever its low byte");
        assertFalse(HeaderValues.plain("a\u0001b"));
        assertFalse(HeaderValues.plain("a\u007Fb"));
        assertFalse(HeaderValues.plain("a\r\n b"), "folding is for Vert.x's own check to judge");
        assertEquals("a header value contains a prohibited character '127': a\u007Fb", replacement("a\u007Fb"));
    }
}
