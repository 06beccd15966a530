package org.packagecatalogue.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose request holds much memory while it runs and while its answer is written (a page of Details, a
 * PATCH of a package's contents): it waits for one of {@code catalogue.heavy-requests.max-in-flight} turns
 * ({@link HeavyRequestTurns}), so that their heap is bounded by that number and not by how many clients ask at once.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface HeldInTurn {
}
