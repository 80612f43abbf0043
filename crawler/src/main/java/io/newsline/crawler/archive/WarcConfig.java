package io.newsline.crawler.archive;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@code --warc} archives: the directory, the size at which a file is closed and the next one started, and the
 * file name prefix ({@code PREFIX-TIMESTAMP-SERIAL-HOSTNAME.warc.gz}, the IIPC convention).
 */
public record WarcConfig(Path dir, long maxFileBytes, String prefix) {

    /** The default size of one WARC file: 1 GB, as Heritrix and Common Crawl roll. */
    public static final long DEFAULT_MAX_FILE_BYTES = 1_000_000_000L;
    public static final String DEFAULT_MAX_FILE_SIZE_TEXT = "1G";
    public static final String DEFAULT_PREFIX = "newsline";

    public WarcConfig {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(prefix, "prefix");
        if (maxFileBytes < 1024) {
            throw new IllegalArgumentException("--warc-max-size must be at least 1K, got " + maxFileBytes + " bytes");
        }
        if (!prefix.matches("[A-Za-z0-9._]+")) {
            throw new IllegalArgumentException("WARC prefix may hold letters, digits, '.' and '_' only, got '" + prefix + "'");
        }
    }

    public static WarcConfig in(Path dir) {
        return new WarcConfig(dir, DEFAULT_MAX_FILE_BYTES, DEFAULT_PREFIX);
    }

    public WarcConfig withMaxFileBytes(long bytes) {
        return new WarcConfig(dir, bytes, prefix);
    }

    /**
     * Parses a size such as {@code 1G}, {@code 500M}, {@code 64K} or {@code 100000} (bytes; powers of 1000).
     *
     * @throws IllegalArgumentException naming the option and the expected form
     */
    public static long parseSize(String text) {
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        long unit = 1;
        if (t.endsWith("B")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.endsWith("K")) {
            unit = 1_000L;
        } else if (t.endsWith("M")) {
            unit = 1_000_000L;
        } else if (t.endsWith("G")) {
            unit = 1_000_000_000L;
        }
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            return Math.multiplyExact(Long.parseLong(digits), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("--warc-max-size: '" + text + "' is not a size; use e.g. 1G, 500M or 64K");
        }
    }
}
