package io.newsline.crawler.observe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Sets up logback for Newsline's own messages at start: the level of the {@code io.newsline} loggers, and the format
 * of the console output ({@code text}, as logback.xml says, or {@code json}: one JSON object a line, logback's own
 * {@link JsonEncoder}, for log shippers). Other libraries keep the levels of the logback configuration.
 */
public final class Logging {

    /** The output formats of {@code --log-format}. */
    public enum Format { TEXT, JSON }

    private Logging() {
    }

    /**
     * Sets the level of the {@code io.newsline} loggers.
     *
     * @throws IllegalArgumentException naming the option and the levels when {@code level} is none of them
     */
    public static void level(String level) {
        String upper = level.toUpperCase(Locale.ROOT);
        if (!List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF").contains(upper)) {
            throw new IllegalArgumentException("--log-level " + level + " is not a level: give trace, debug, info, warn, error or off");
        }
        context().getLogger("io.newsline").setLevel(Level.toLevel(upper));
    }

    /** Writes log lines in {@code format} from now on: every console appender of the root logger gets its encoder. */
    public static void format(Format format) {
        if (format == Format.TEXT) {
            return;
        }
        LoggerContext ctx = context();
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        List<Appender<ILoggingEvent>> consoles = new ArrayList<>();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> a = it.next();
            if (a instanceof ConsoleAppender<ILoggingEvent>) {
                consoles.add(a);
            }
        }
        for (Appender<ILoggingEvent> old : consoles) {
            ConsoleAppender<ILoggingEvent> json = new ConsoleAppender<>();
            json.setContext(ctx);
            json.setName(old.getName());
            json.setTarget(((ConsoleAppender<ILoggingEvent>) old).getTarget());
            JsonEncoder encoder = new JsonEncoder();
            encoder.setContext(ctx);
            encoder.setWithFormattedMessage(true); // the message as people read it, besides its pattern and arguments
            encoder.start();
            json.setEncoder(encoder);
            json.start();
            root.detachAppender(old);
            old.stop();
            root.addAppender(json);
        }
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
