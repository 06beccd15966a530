package org.packagecatalogue.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import org.jboss.logging.Logger;
import org.packagecatalogue.catalogue.DatabaseFailure;

/** See {@link RetriedReads}: one more try, after the pool has dropped its dead connections. */
@RetriedReads
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class ReadRetryInterceptor {

    private static final Logger LOG = Logger.getLogger(ReadRetryInterceptor.class);

    @Inject
    PoolRecovery pool;

    @Inject
    EntityManager session;

    @AroundInvoke
    Object read(InvocationContext invocation) throws Exception {
        if (!invocation.getMethod().isAnnotationPresent(GET.class)) {
            return invocation.proceed();
        }
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            if (DatabaseFailure.of(e) != DatabaseFailure.UNAVAILABLE) {
                throw e;
            }
            LOG.debugf("a read lost its connection, trying once more on a fresh one: %s", e.toString());
            if (!pool.freshConnectionForThisThread()) {
                throw e; // no working connection to be had: the database itself is away, a 503
            }
            session.clear(); // nothing the failed attempt loaded is reused
            return invocation.proceed();
        }
    }
}
