package io.newsline.parser.page;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code charset} parameter of an HTTP {@code Content-Type} header value. */
final class ContentTypeCharset {
    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);

    private ContentTypeCharset() {
    }

    static Optional<String> label(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
