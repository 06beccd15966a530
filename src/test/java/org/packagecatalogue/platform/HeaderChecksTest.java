package org.packagecatalogue.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP server makes of a request header's value, sent byte for byte: a control character other than the tab, or
 * DEL, refuses the request before anything reads it; a tab and bytes above ASCII are let through. The native executable
 * checks values its own way (platform/nativeimage): its IT runs these against it.
 */
@QuarkusTest
class HeaderChecksTest {

    /** The status line of the answer to a health check that carries this header value. */
    private static String statusWith(byte[] value) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Note: ".getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(value);
            request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(request.toByteArray());
            InputStream answer = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = answer.read(); b != -1 && b != '\r'; b = answer.read()) {
                line.write(b);
            }
            return line.toString(StandardCharsets.US_ASCII);
        }
    }

    @Test
    void aControlCharacterOrDelInAHeaderValueRefusesTheRequest() throws IOException {
        assertEquals("HTTP/1.1 400 Bad Request", statusWith(new byte[] {'a', 0x01, 'b'}));
        assertEquals("HTTP/1.1 400 Bad Request", statusWith(new byte[] {'a', 0x00, 'b'}));
        assertEquals("HTTP/1.1 400 Bad Request", statusWith(new byte[] {'a', 0x7F, 'b'}));
    }

    @Test
    void aTabAndBytesAboveAsciiAreLetThrough() throws IOException {
        assertEquals("HTTP/1.1 200 OK", statusWith("a\tb caf\u00e9 \u010A".getBytes(StandardCharsets.UTF_8)));
        assertEquals("HTTP/1.1 200 OK", statusWith("Bearer ".concat("x".repeat(4_000)).getBytes(StandardCharsets.US_ASCII)));
    }
}
