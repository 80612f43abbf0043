package io.newsline.parser.profile;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression from a site file, compiled (and so checked) when the file is loaded, with where it was
 * written. Match page text through {@link #matcher}: a site file's expression may backtrack catastrophically, and
 * that matcher stops with {@link ExtractionInterrupted} once the thread is interrupted.
 *
 * @param origin where the expression was written ({@code seeds/x.yaml:14, field extract.dropText[0]}), or empty
 */
public record TextPattern(Pattern pattern, String origin) {

    public TextPattern {
        Objects.requireNonNull(pattern, "pattern");
        origin = origin == null ? "" : origin;
    }

    /** Compiles {@code regex}, written nowhere in particular (tests, code). */
    public static TextPattern of(String regex) {
        return of(regex, "");
    }

    /** Compiles {@code regex}, written at {@code origin}; fails with a message naming the expression when it is not valid. */
    public static TextPattern of(String regex, String origin) {
        if (regex == null || regex.isEmpty()) {
            throw new IllegalArgumentException("expected a regular expression, got an empty value");
        }
        try {
            return new TextPattern(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), origin);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("not a valid regular expression: '" + regex + "' ("
                    + e.getDescription() + " near index " + e.getIndex() + ")", e);
        }
    }

    /** A matcher over {@code text} that throws {@link ExtractionInterrupted} when the thread is interrupted while it runs. */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(new InterruptibleText(text, this));
    }

    /** The expression and where it was written, for messages: {@code '^(.*a){20}$' (seeds/x.yaml:14, field extract.dropText[0])}. */
    public String describe() {
        return "'" + regex() + "'" + (origin.isEmpty() ? "" : " (" + origin + ")");
    }

    @JsonValue
    public String regex() {
        return pattern.pattern();
    }

    @Override
    public String toString() {
        return regex();
    }
}
