package org.packagecatalogue.platform;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A fatal error ends the process at once with a non-zero status, so that its supervisor (Kubernetes) starts a fresh
 * one: a process that ran out of memory may go on answering 500s, or hang in its shutdown, and never recover.
 * <p>
 * The runtime's own exit on a heap exhausted (the native executable is built with {@code -R:+ExitOnOutOfMemoryError},
 * the JVM is run with {@code -XX:+ExitOnOutOfMemoryError}) covers the heap wherever it runs out. This covers what the
 * runtime leaves to Java code: an out-of-memory error thrown by a library (direct buffers, threads) or any other
 * {@link VirtualMachineError}, wherever it surfaces: in a request (through {@link ExceptionMappers}), in a Vert.x
 * handler, or on a thread of its own.
 */
@ApplicationScoped
public class FatalErrors {

    /** The status the JVM's and the native executable's own exit on out-of-memory use. */
    static final int EXIT_STATUS = 3;

    void install(@Observes StartupEvent start, Vertx vertx) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            exitIfFatal(e);
            if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                thread.getThreadGroup().uncaughtException(thread, e);
            }
        });
        Handler<Throwable> vertxHandler = vertx.exceptionHandler();
        vertx.exceptionHandler(e -> {
            exitIfFatal(e);
            if (vertxHandler != null) {
                vertxHandler.handle(e);
            }
        });
    }

    /**
     * A stack overflow is not fatal: it unwinds the one request that recursed too deep and leaves nothing broken
     * behind. Every other error of the virtual machine may have left any object half made.
     */
    static boolean isFatal(Throwable e) {
        // a plain loop, not Causes: nothing is allocated while the heap may be exhausted
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Ends the process if this is fatal; otherwise returns. */
    static void exitIfFatal(Throwable e) {
        if (!isFatal(e)) {
            return;
        }
        try {
            // no logger: it may need memory that is not there; one line, as the runtime's own exit writes it
            System.err.println("Terminating due to a fatal error: " + e);
            System.err.flush();
        } finally {
            // halt, not exit: shutdown hooks could wait on what the error broke, and never end
            Runtime.getRuntime().halt(EXIT_STATUS);
        }
    }
}
