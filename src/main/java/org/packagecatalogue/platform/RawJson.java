package org.packagecatalogue.platform;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.core.io.SerializedString;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A JSON value already rendered (UTF-8), written into an answer as it is: a kept rendering placed in an envelope that
 * Jackson writes. Written to a stream, its bytes go out without being decoded or copied into a string.
 * Registered for reflection: Jackson looks at its class (annotations, then {@link JsonSerializable}) before writing it.
 */
@RegisterForReflection
public final class RawJson implements SerializableString, JsonSerializable {

    private final byte[] utf8;

    public RawJson(byte[] utf8) {
        this.utf8 = utf8;
    }

    @Override
    public void serialize(JsonGenerator json, SerializerProvider serializers) throws IOException {
        json.writeRawValue(this);
    }

    @Override
    public void serializeWithType(JsonGenerator json, SerializerProvider serializers, TypeSerializer type) throws IOException {
        serialize(json, serializers);
    }

    @Override
    public String getValue() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + utf8.length > buffer.length) {
            return -1;
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (utf8.length > buffer.remaining()) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }

    // Its text as characters, or quoted as a JSON string: never asked of a raw value that is written to a stream, and
    // answered by Jackson's own SerializedString over the decoded text.

    private SerializedString text() {
        return new SerializedString(getValue());
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        return text().appendUnquoted(buffer, offset);
    }

    @Override
    public char[] asQuotedChars() {
        return text().asQuotedChars();
    }

    @Override
    public byte[] asQuotedUTF8() {
        return text().asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return text().appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return text().appendQuoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        return text().writeQuotedUTF8(out);
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        return text().putQuotedUTF8(buffer);
    }

    @Override
    public String toString() {
        return getValue();
    }
}
