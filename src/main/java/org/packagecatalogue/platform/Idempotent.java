package org.packagecatalogue.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write endpoint that honours {@code Idempotency-Key} ({@link IdempotentWrites}): the method
 * takes the request body as its {@code byte[]} parameter and answers a {@code Response}; the caller,
 * method and path come from the request itself.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
