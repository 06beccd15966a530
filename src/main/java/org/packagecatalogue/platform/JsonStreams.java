package org.packagecatalogue.platform;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;
import org.packagecatalogue.catalogue.Listing;

/**
 * Answers written item by item from a list read whole ({@link Listing}): no tree of the whole answer and no copy of its
 * bytes is held, only the rows.
 * <p>
 * The rows were read before the answer starts, so a failure of the database fails the request in the dialect's shape
 * (or is read again, RetriedReads). What can still fail after the first bytes is the writing itself: the answer is
 * then cut off, never closed into valid JSON, so that no client takes a part for the whole.
 */
@ApplicationScoped
public class JsonStreams {

    private static final Logger LOG = Logger.getLogger(JsonStreams.class);

    /** Writes the answer around and through the listing it is given. */
    public interface Body<T> {
        void write(JsonGenerator json, Listing<T> listing) throws IOException;
    }

    /**
     * The application's mapper, but for its flush after every value it writes: each item then went to the network on
     * its own, a write of a few hundred bytes with its own buffers and promises. Items now fill the generator's buffer,
     * and only full buffers go out.
     */
    private final ObjectMapper itemMapper;

    @Inject
    JsonStreams(ObjectMapper mapper) {
        this.itemMapper = mapper.copy().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    @Inject
    OpenListings openListings;

    public <T> StreamingOutput of(Listing<T> listing, Body<T> body) {
        return streamed(listing, body);
    }

    /**
     * The same, for an answer that depends on nothing but the listing's rows and {@code rendering} (which names the
     * body). A kept list's answer is rendered once, in the list's turn, and kept with the list (Listing.Renderings); it
     * is answered from those bytes, shared, every time the list is asked again: no copy of them is made per answer, so
     * the answer holds no memory of its own, however slowly it is read, and the turn is given back at once. Its answer
     * is the {@link StreamingOutput} of {@link #of(Listing, Body)} when the list is not kept, Vert.x's {@link Buffer}
     * over the kept bytes when it is.
     */
    public <T> Object of(Listing<T> listing, Object rendering, Body<T> body) {
        Listing.Renderings renderings = rendering == null ? null : listing.renderings();
        if (renderings == null) {
            return of(listing, body);
        }
        try (listing) {
            return Buffer.buffer(Unpooled.wrappedBuffer(renderings.get(rendering, () -> rendered(listing, body))));
        }
    }

    /**
     * An answer already built whole that may be far larger than {@link PacedOutput}'s window (a page of up to 1,000
     * rows or 100 Details, a search, a history), written by Jackson through {@link PacedOutput}: it waits for the event
     * loop as a streamed list does, instead of queueing all its bytes in direct memory. A writer interceptor cannot do
     * this as cheaply: behind one, Quarkus REST writes the entity as a string first and then encodes it.
     */
    public StreamingOutput paced(Object answer) {
        return out -> {
            try {
                JsonGenerator json = generator(PacedOutput.of(out));
                itemMapper.writeValue(json, answer);
                json.flush();
            } catch (IOException clientGone) {
                LOG.debugf("a paced answer was cut off by its client: %s", clientGone.toString());
            }
        };
    }

    private <T> StreamingOutput streamed(Listing<T> listing, Body<T> body) {
        openListings.add(listing);
        return out -> {
            try (listing) {
                JsonGenerator json = generator(PacedOutput.of(out));
                body.write(json, listing);
                json.flush();
            } catch (IOException clientGone) {
                // the client hung up (or timed out) mid-answer: nothing is wrong with the service
                LOG.debugf("a streamed list was cut off by its client: %s", clientGone.toString());
            } catch (RuntimeException e) {
                LOG.debugf("a streamed list was cut off: %s", e.toString());
                throw e;
            }
        };
    }

    private JsonGenerator generator(OutputStream out) throws IOException {
        return itemMapper.createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    }

    private <T> byte[] rendered(Listing<T> listing, Body<T> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            JsonGenerator json = generator(bytes);
            body.write(json, listing);
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from memory: a row the mapper cannot write
        }
        return bytes.toByteArray();
    }
}
