package org.packagecatalogue.platform.nativeimage;

import com.oracle.svm.core.annotate.Alias;
import com.oracle.svm.core.annotate.Substitute;
import com.oracle.svm.core.annotate.TargetClass;

/**
 * In the native executable only: Vert.x checks every header value it reads or writes, a request's bearer token
 * included, one {@code charAt} at a time, and there each {@code charAt} stays a call. A value that
 * {@link HeaderValues#plain} passes is let through at once; any other goes to Vert.x's own check of the same rule
 * (the one it uses for any {@link CharSequence}), so what is refused, and the message, stay Vert.x's.
 */
@TargetClass(className = "io.vertx.core.http.impl.HttpUtils")
final class VertxHeaderValueCheck {

    private VertxHeaderValueCheck() {
    }

    @Substitute
    private static void validateStringHeaderValue(String value) {
        if (!HeaderValues.plain(value)) {
            validateSequenceHeaderValue(value);
        }
    }

    @Alias
    private static native void validateSequenceHeaderValue(CharSequence value);
}
