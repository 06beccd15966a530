package org.packagecatalogue.catalogue;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A fixed number of turns, given in the order they were asked for; a turn is waited for at most a while. */
public final class Turns {

    private final Semaphore turns;
    private final long waitMillis;
    private final String refusal;

    /** {@code refusal}: what a request that waited in vain is told (logged with its 503). */
    public Turns(int count, Duration wait, String refusal) {
        this.turns = new Semaphore(Math.max(1, count), true);
        this.waitMillis = wait.toMillis();
        this.refusal = refusal;
    }

    /** Takes a turn, which must be given back; a {@link BusyException} when none came within the wait. */
    public void take() {
        boolean taken;
        try {
            taken = turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            taken = false;
        }
        if (!taken) {
            throw new BusyException(refusal);
        }
    }

    public void giveBack() {
        turns.release();
    }
}
