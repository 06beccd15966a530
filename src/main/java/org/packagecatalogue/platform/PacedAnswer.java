package org.packagecatalogue.platform;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose answer, written by Jackson on a worker thread, may be far larger than {@link PacedOutput}'s
 * window (a page of up to 1,000 rows or 100 Details): it is written through {@link PacedAnswers}, so that it waits for
 * the event loop like a streamed list does instead of queueing all its bytes in direct memory. Small answers are not
 * marked: they keep Quarkus's path without a writer interceptor.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PacedAnswer {
}
