package io.newsline.parser.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when the thread extracting a page is interrupted: by a site-file regular expression the moment its input
 * sees the interrupt, or between extraction stages. The parser keeps no clock; whoever interrupted the thread (the
 * crawler's per-page deadline) knows why and turns this into a failed page. The thread's interrupt flag is left
 * set: clearing it is the interrupter's business.
 */
public final class ExtractionInterrupted extends RuntimeException {
    private final transient TextPattern pattern;

    private ExtractionInterrupted(String message, TextPattern pattern) {
        super(message);
        this.pattern = pattern;
    }

    /** Interrupted while {@code pattern} was matching. */
    static ExtractionInterrupted whileMatching(TextPattern pattern) {
        Objects.requireNonNull(pattern, "pattern");
        return new ExtractionInterrupted("interrupted while matching " + pattern.describe(), pattern);
    }

    /** Throws when the current thread is interrupted; {@code stage} names what was about to start. */
    public static void throwIfInterrupted(String stage) {
        if (Thread.currentThread().isInterrupted()) {
            throw new ExtractionInterrupted("interrupted before " + stage, null);
        }
    }

    /** The site-file expression that was matching when the interrupt came, if one was. */
    public Optional<TextPattern> pattern() {
        return Optional.ofNullable(pattern);
    }

    /** What was running when the interrupt came, with the way out, for a failure reason. */
    public String culprit() {
        if (pattern == null) {
            return getMessage();
        }
        return "the regular expression " + pattern.describe() + " was still matching and may backtrack catastrophically; "
                + "rewrite it without nested repetition (such as (.*a)+) or remove it";
    }
}
