package org.packagecatalogue.platform;

import static org.junit.jupiter.api.Assertions.*;

import java.io.UncheckedIOException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Which errors end the process (FatalErrors): the process's own exit is shown by OutOfMemoryExitIT. */
class FatalErrorsTest {

    @Test
    void anErrorOfTheVirtualMachineIsFatalWhereverItIsWrapped() {
        assertTrue(FatalErrors.isFatal(new OutOfMemoryError("Direct buffer memory")));
        assertTrue(FatalErrors.isFatal(new InternalError("a broken runtime")));
        assertTrue(FatalErrors.isFatal(new RuntimeException("a framework's wrapper", new IllegalStateException(new OutOfMemoryError()))));
    }

    @Test
    void aStackOverflowAndEveryExceptionAreNot() {
        assertFalse(FatalErrors.isFatal(new StackOverflowError()));
        assertFalse(FatalErrors.isFatal(new RuntimeException(new StackOverflowError())));
        assertFalse(FatalErrors.isFatal(new UncheckedIOException(new IOException("connection reset"))));
        assertFalse(FatalErrors.isFatal(new AssertionError("not a VirtualMachineError")));
    }
}
