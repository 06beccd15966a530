package org.packagecatalogue.platform;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An answer written by a worker thread, paced so that at most {@link #WINDOW} bytes of it wait for the event loop.
 * <p>
 * Quarkus's output stream blocks the worker while the connection's send buffer is full, but a write from a worker only
 * reaches that buffer once the event loop runs it: until then the connection looks writable. With the event loops
 * short of CPU, a worker handed a whole list (hundreds of KB of Netty's direct buffers) to them before blocking once,
 * and so did every other worker, for every connection; direct memory then ran out (bench/READS.md, "Direct memory").
 * Every WINDOW bytes the worker waits until the event loop has taken what came before, so that the send buffer's own
 * bound applies: what one answer holds is at most WINDOW plus that buffer, however busy the event loops are.
 */
final class PacedOutput extends FilterOutputStream {

    static final int WINDOW = 64 * 1024;
    /** A stuck event loop fails the answer (cut off) rather than the worker waiting for ever. */
    private static final long MAX_WAIT_SECONDS = 30;

    private final Context eventLoop;
    private int sinceTaken;

    private PacedOutput(OutputStream out, Context eventLoop) {
        super(out);
        this.eventLoop = eventLoop;
    }

    /** The answer's stream, paced when written off the event loop (which must never wait for itself) in a Vert.x context. */
    static OutputStream of(OutputStream out) {
        Context context = Vertx.currentContext();
        return context == null || Context.isOnEventLoopThread() ? out : new PacedOutput(out, context);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        paced(1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        paced(len);
    }

    private void paced(int written) throws IOException {
        sinceTaken += written;
        if (sinceTaken >= WINDOW) {
            sinceTaken = 0;
            awaitEventLoop();
        }
    }

    /** Returns once the event loop has run every write queued before this call. */
    private void awaitEventLoop() throws IOException {
        CompletableFuture<Void> taken = new CompletableFuture<>();
        eventLoop.runOnContext(ignored -> taken.complete(null));
        try {
            taken.get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the answer was written");
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the event loop did not take the answer's bytes", e);
        }
    }
}
