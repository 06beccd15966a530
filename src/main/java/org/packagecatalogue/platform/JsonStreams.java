package org.packagecatalogue.platform;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
        return of(listing, null, body);
    }

    /**
     * The same, for an answer that depends on nothing but the listing's rows and {@code rendering} (which names the
     * body): a kept list's answer is rendered once into bytes, kept with the list (Listing.Renderings), and written as
     * they are every time it is asked again. It is still written in the list's turn.
     */
    public <T> StreamingOutput of(Listing<T> listing, Object rendering, Body<T> body) {
        openListings.add(listing);
        Listing.Renderings renderings = rendering == null ? null : listing.renderings();
        return out -> {
            try (listing) {
                if (renderings != null) {
                    out.write(renderings.get(rendering, () -> rendered(listing.unheld(), body)));
                    return;
                }
                JsonGenerator json = generator(out);
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
