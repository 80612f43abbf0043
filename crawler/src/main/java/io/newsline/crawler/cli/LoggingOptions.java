package io.newsline.crawler.cli;

import io.newsline.crawler.observe.Logging;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --log-level} and {@code --log-format}: Newsline's own log messages (not the progress line or the summary,
 * which stay on the terminal). Applied as soon as the option is parsed.
 */
final class LoggingOptions {

    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    private boolean levelGiven;

    @Option(names = "--log-level", paramLabel = "LEVEL",
            description = "Level of Newsline's own log messages: trace, debug, info, warn, error or off (default: info, or as logback.xml says).")
    void level(String level) {
        try {
            Logging.level(level);
            levelGiven = true;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** For {@code --quiet}: only warnings and errors, unless {@code --log-level} was given. */
    void quiet() {
        if (!levelGiven) {
            Logging.level("warn");
        }
    }

    @Option(names = "--log-format", paramLabel = "FORMAT",
            description = "text (default) or json: one JSON object a line on standard error (logback's JsonEncoder), for log shippers.")
    void format(Logging.Format format) {
        Logging.format(format);
    }
}
