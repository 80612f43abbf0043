package io.newsline.parser.page;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A page's body as text, with the charset used and what decided it.
 *
 * @param html        the decoded document, without a byte-order mark
 * @param charset     the charset the bytes were decoded with
 * @param source      the evidence that chose {@code charset}
 * @param replaced    how many malformed byte sequences became U+FFFD (0 when the bytes were valid)
 * @param declared    the charset the page declared (header or meta) when it differs from {@code charset}, else null
 */
public record DecodedPage(String html, Charset charset, CharsetSource source, int replaced, String declared) {
    public DecodedPage {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
    }
}
