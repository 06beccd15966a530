package org.packagecatalogue.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource class: each of its reads (GET) that fails because its pooled connection was cut is run
 * once more on a fresh connection before any answer is sent ({@link ReadRetryInterceptor}). Reads
 * have no side effect; writes are never re-sent, since their commit may have reached the server.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RetriedReads {
}
