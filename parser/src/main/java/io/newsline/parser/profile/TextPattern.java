package io.newsline.parser.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A regular expression from a site file, compiled (and so checked) when the file is loaded. */
public record TextPattern(Pattern pattern) {

    public TextPattern {
        Objects.requireNonNull(pattern, "pattern");
    }

    @JsonCreator
    public static TextPattern of(String regex) {
        if (regex == null || regex.isEmpty()) {
            throw new IllegalArgumentException("expected a regular expression, got an empty value");
        }
        try {
            return new TextPattern(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("not a valid regular expression: '" + regex + "' ("
                    + e.getDescription() + " near index " + e.getIndex() + ")", e);
        }
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
