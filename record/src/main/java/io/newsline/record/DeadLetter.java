package io.newsline.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A page that should have been an article but could not be published as one, sent to the dead-letter topic
 * (keyed by URL) so a profile author can see what broke.
 *
 * @param url            the page's URL
 * @param reason         one line: what went wrong
 * @param stackSummary   the first frames of the cause (exception lines and {@code at ...} lines), empty when none
 * @param profile        the site profile used, or null
 * @param profileVersion that profile's version, or null
 * @param failedAt       when it failed
 * @param schemaVersion  always {@link #SCHEMA_VERSION}
 */
@JsonPropertyOrder({"schemaVersion", "url", "reason", "stackSummary", "profile", "profileVersion", "failedAt"})
public record DeadLetter(String url, String reason, List<String> stackSummary, String profile, String profileVersion,
                         Instant failedAt, int schemaVersion) {

    /** The dead-letter schema version this class reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    /** How many stack frames {@link #of} keeps. */
    public static final int MAX_FRAMES = 10;

    public DeadLetter {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failedAt, "failedAt");
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("dead letter schemaVersion " + schemaVersion + " is not supported;"
                    + " this build reads and writes " + SCHEMA_VERSION);
        }
        stackSummary = stackSummary == null ? List.of() : List.copyOf(stackSummary);
    }

    /**
     * A dead letter for {@code url}; {@code cause} may be null. The stack summary holds the cause's
     * {@code toString()} and its first frames, then one line per nested cause, {@link #MAX_FRAMES} frames in all.
     */
    public static DeadLetter of(String url, String reason, Throwable cause, String profile, String profileVersion,
                                Instant failedAt) {
        return new DeadLetter(url, reason, summarize(cause), profile, profileVersion, failedAt, SCHEMA_VERSION);
    }

    static List<String> summarize(Throwable cause) {
        List<String> lines = new ArrayList<>();
        int frames = 0;
        for (Throwable t = cause; t != null && frames < MAX_FRAMES; t = t.getCause()) {
            lines.add(t == cause ? t.toString() : "Caused by: " + t);
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frames == MAX_FRAMES) {
                    break;
                }
                lines.add("at " + frame);
                frames++;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return lines;
    }
}
