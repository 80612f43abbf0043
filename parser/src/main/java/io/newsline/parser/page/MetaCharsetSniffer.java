package io.newsline.parser.page;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset a document declares in its own markup ({@code <meta charset="euc-kr">} or
 * {@code <meta http-equiv="Content-Type" content="text/html; charset=euc-kr">}) by scanning its first bytes as
 * Latin-1, before any decoding: the declaration itself is ASCII in every charset we accept.
 */
final class MetaCharsetSniffer {
    /** Browsers scan 1024 bytes; Korean portals often put long scripts first, so look a little further. */
    private static final int PRESCAN_BYTES = 8192;
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    private MetaCharsetSniffer() {
    }

    static Optional<String> declaredLabel(byte[] body, int offset) {
        int length = Math.min(PRESCAN_BYTES, body.length - offset);
        if (length <= 0) {
            return Optional.empty();
        }
        String head = new String(body, offset, length, StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
