package org.packagecatalogue.platform;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;

/** Writes the answers of {@link PacedAnswer} endpoints through {@link PacedOutput}. */
@Provider
@PacedAnswer
public class PacedAnswers implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        context.setOutputStream(PacedOutput.of(context.getOutputStream()));
        context.proceed();
    }
}
