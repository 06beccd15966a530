package org.packagecatalogue.platform;

import static org.junit.jupiter.api.Assertions.*;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A worker writing an answer while its event loop is busy: at most PacedOutput.WINDOW bytes (and the write under way)
 * wait for the event loop, not the whole answer. A real Vert.x event loop and worker; the stream below PacedOutput
 * hands each write to the event loop, as Quarkus's does from a worker.
 */
class PacedOutputTest {

    private static final int CHUNK = 8 * 1024;
    private static final int ANSWER = 600 * 1024;

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aWorkerWaitsForABusyEventLoopEveryWindowOfBytes() throws Exception {
        Context eventLoop = vertx.getOrCreateContext();
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        eventLoop.runOnContext(ignored -> {
            busy.countDown();
            await(released); // the event loop, short of CPU: it runs nothing else until released
        });
        assertTrue(busy.await(10, TimeUnit.SECONDS));

        AtomicInteger handedOver = new AtomicInteger(); // bytes the worker got rid of: waiting for, or taken by, the event loop
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        OutputStream toEventLoop = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                byte[] copy = java.util.Arrays.copyOfRange(b, off, off + len);
                handedOver.addAndGet(len);
                eventLoop.runOnContext(ignored -> sent.write(copy, 0, copy.length));
            }
        };
        byte[] answer = new byte[ANSWER];
        new java.util.Random(7).nextBytes(answer);
        CompletableFuture<Void> written = new CompletableFuture<>();
        eventLoop.executeBlocking(() -> {
            OutputStream paced = PacedOutput.of(toEventLoop);
            for (int at = 0; at < ANSWER; at += CHUNK) {
                paced.write(answer, at, Math.min(CHUNK, ANSWER - at));
            }
            return null;
        }, false).onComplete(done -> {
            if (done.succeeded()) {
                written.complete(null);
            } else {
                written.completeExceptionally(done.cause());
            }
        });

        Thread.sleep(500); // the worker writes as far as it may
        int waiting = handedOver.get();
        assertFalse(written.isDone(), "the worker waits for the event loop");
        assertEquals(PacedOutput.WINDOW, waiting, "what waits for the busy event loop: one window, not the answer");

        released.countDown();
        written.get(10, TimeUnit.SECONDS);
        CompletableFuture<byte[]> all = new CompletableFuture<>();
        eventLoop.runOnContext(ignored -> all.complete(sent.toByteArray()));
        assertArrayEquals(answer, all.get(10, TimeUnit.SECONDS), "the whole answer, in order");
    }

    @Test
    void onTheEventLoopItselfNothingIsPaced() throws Exception {
        OutputStream out = new ByteArrayOutputStream();
        CompletableFuture<OutputStream> onLoop = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(ignored -> onLoop.complete(PacedOutput.of(out)));
        assertSame(out, onLoop.get(10, TimeUnit.SECONDS), "an event loop must never wait for itself");
        assertSame(out, PacedOutput.of(out), "outside Vert.x there is no event loop to wait for");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
