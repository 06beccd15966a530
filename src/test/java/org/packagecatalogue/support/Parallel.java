package org.packagecatalogue.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Calls a test makes at the same time, as many clients of the service would. */
public final class Parallel {

    private Parallel() {
    }

    /**
     * Runs the calls on {@code threads} threads at once and answers their results in the order of the calls. A call
     * that throws fails the test with its own exception; the threads end either way, so a failed test leaves none
     * behind to call the next test's service.
     */
    public static <T> List<T> run(int threads, List<? extends Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>(calls.size());
            for (Future<T> result : pool.invokeAll(calls)) {
                results.add(result.get());
            }
            return results;
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        } finally {
            pool.shutdownNow();
        }
    }
}
