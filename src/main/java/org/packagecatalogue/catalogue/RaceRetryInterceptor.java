package org.packagecatalogue.catalogue;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.concurrent.ThreadLocalRandom;

/**
 * See {@link RetriedOnRace}. Runs outside {@code @Transactional}'s interceptor (a lower priority is an
 * outer interceptor), so each attempt is a transaction of its own.
 */
@RetriedOnRace
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class RaceRetryInterceptor {

    /** Attempts in all; a race lost three times in a row is answered (503, retry later). */
    static final int ATTEMPTS = 3;

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        if (inTransaction()) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || DatabaseFailure.of(e) != DatabaseFailure.RACE) {
                    throw e;
                }
                // a little apart, so that the two racers do not meet again at once
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
            }
        }
    }

    private boolean inTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
