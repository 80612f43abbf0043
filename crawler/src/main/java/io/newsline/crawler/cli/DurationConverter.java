package io.newsline.crawler.cli;

import io.newsline.parser.profile.DurationValue;
import java.time.Duration;
import picocli.CommandLine;

/**
 * Reads {@code 500ms}, {@code 30s}, {@code 15m}, {@code 2h}, {@code 1d} or ISO-8601 {@code PT15M}, and refuses a zero or
 * negative duration: an interval, timeout or period of zero can never work ({@code --every 0s} would loop without
 * rest). picocli puts the option's name before the message and exits 2.
 */
class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        Duration d = parse(value);
        if (d.isZero() || d.isNegative()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a positive duration; give one such as 500ms, 30s, 15m or 2h");
        }
        return d;
    }

    static Duration parse(String value) {
        try {
            return DurationValue.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** For a gap that may be zero ({@code --delay 0s}: no wait, for a local mirror), never negative. */
    static final class ZeroAllowed implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d = parse(value);
            if (d.isNegative()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is negative; give 0s or more, such as 500ms or 1s");
            }
            return d;
        }
    }
}
