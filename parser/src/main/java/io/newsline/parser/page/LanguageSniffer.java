package io.newsline.parser.page;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code <html lang>} a document declares from its first bytes, before decoding (it is ASCII). */
final class LanguageSniffer {
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern HTML_LANG = Pattern.compile("<html\\b[^>]*?\\blang\\s*=\\s*[\"']?([A-Za-z]{2,3})", Pattern.CASE_INSENSITIVE);

    private LanguageSniffer() {
    }

    static Optional<String> declaredLanguage(byte[] body) {
        String head = new String(body, 0, Math.min(PRESCAN_BYTES, body.length), StandardCharsets.ISO_8859_1);
        Matcher m = HTML_LANG.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
