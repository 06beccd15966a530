package org.packagecatalogue.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assertions;

/**
 * Records every log line the application writes while open (level, message, parameters, exception), and
 * proves it does with a control line first: a capture that saw nothing would make any "never logged"
 * assertion pass.
 */
public final class LogCapture implements AutoCloseable {

    /** {@code text}: logger, message pattern, parameters and exception; {@code message}: the message as logged. */
    public record Line(Level level, String text, String message) {
    }

    private static final java.util.logging.Formatter FORMATTER = new java.util.logging.SimpleFormatter();

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(new Line(record.getLevel(), record.getLoggerName() + " " + record.getMessage() + " "
                    + java.util.Arrays.toString(record.getParameters()) + (record.getThrown() == null ? "" : " " + record.getThrown()),
                    record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage() : FORMATTER.formatMessage(record)));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
        Logger.getLogger("").addHandler(handler);
        org.jboss.logging.Logger.getLogger("org.packagecatalogue").infof("capture check %s", "marker-7f3a");
        Assertions.assertTrue(lines.stream().anyMatch(line -> line.text().contains("marker-7f3a")), "the log capture works");
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
