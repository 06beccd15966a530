package org.packagecatalogue.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A transaction PostgreSQL aborts for a lost race (40001, 40P01) is run again, in a new transaction, a bounded number of times. */
@QuarkusTest
class RaceRetryTest {

    /**
     * A use case that loses its race the first {@code losses} times, each time in a transaction of its
     * own. (State is read through methods: a field read on the injected client proxy would not reach the bean.)
     */
    @ApplicationScoped
    @RetriedOnRace
    public static class Racer {

        private final AtomicInteger attempts = new AtomicInteger();
        private final java.util.Set<Object> transactions = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private volatile int losses;
        private volatile String state = "40P01";

        @Inject
        jakarta.transaction.TransactionManager manager;

        void reset(int losses, String state) {
            attempts.set(0);
            transactions.clear();
            this.losses = losses;
            this.state = state;
        }

        int attempts() {
            return attempts.get();
        }

        int transactions() {
            return transactions.size();
        }

        @Transactional
        public String write() throws Exception {
            attempts.incrementAndGet();
            transactions.add(manager.getTransaction());
            if (attempts.get() <= losses) {
                throw new IllegalStateException("could not execute statement", new SQLException("deadlock detected", state));
            }
            return "written";
        }
    }

    @Inject
    Racer racer;

    @Test
    void aLostRaceIsRunAgainInANewTransaction() throws Exception {
        racer.reset(2, "40P01");
        assertEquals("written", racer.write());
        assertEquals(3, racer.attempts());
        assertEquals(3, racer.transactions(), "each attempt is a transaction of its own");
    }

    @Test
    void aRaceLostEveryTimeIsAnsweredAfterThreeAttempts() {
        racer.reset(10, "40001");
        IllegalStateException e = assertThrows(IllegalStateException.class, racer::write);
        assertEquals(DatabaseFailure.RACE, DatabaseFailure.of(e));
        assertEquals(RaceRetryInterceptor.ATTEMPTS, racer.attempts());
    }

    @Test
    void otherFailuresAreNotRetried() {
        racer.reset(1, "23505");
        assertThrows(IllegalStateException.class, racer::write);
        assertEquals(1, racer.attempts());
    }

    @Test
    void insideATransactionTheFailureGoesToWhoeverBeganIt() {
        racer.reset(1, "40P01");
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().call(racer::write));
        assertEquals(1, racer.attempts());
    }
}
