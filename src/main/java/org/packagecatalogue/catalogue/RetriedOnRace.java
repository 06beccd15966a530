package org.packagecatalogue.catalogue;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case whose transaction is run again, a bounded number of times, when PostgreSQL aborts it
 * for losing a race with another ({@link DatabaseFailure#RACE}: a serialization failure or a
 * deadlock). The aborted attempt wrote nothing, so running it again is safe; a caller never sees one
 * unless every attempt loses. Only the outermost transaction is retried: inside one, the failure goes
 * up to whoever began it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnRace {
}
