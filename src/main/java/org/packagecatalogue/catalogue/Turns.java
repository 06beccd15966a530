package org.packagecatalogue.catalogue;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A fixed number of turns, given in the order they were asked for; a turn is waited for at most a while. */
public final class Turns {

    private final Semaphore turns;
    private final long waitMillis;

    public Turns(int count, Duration wait) {
        this.turns = new Semaphore(Math.max(1, count), true);
        this.waitMillis = wait.toMillis();
    }

    /** Whether a turn was taken within the wait; if so, it must be given back. */
    public boolean take() {
        try {
            return turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void giveBack() {
        turns.release();
    }
}
