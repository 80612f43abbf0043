package io.newsline.crawler.fetch;

/**
 * How much of a response body one fetch keeps, counted after gzip decompression. Pages use the fetcher's
 * {@link FetchConfig#maxBodyBytes()} ({@link #CONFIGURED}); sitemaps, which the protocol allows up to 50 MB, ask for
 * more; robots.txt asks for a prefix (RFC 9309 parses at least 500 KiB and ignores the rest).
 *
 * @param maxBytes the limit in bytes; 0 only in {@link #CONFIGURED}, meaning the fetcher's configured limit
 * @param overflow what a body above the limit becomes
 */
public record BodyLimit(long maxBytes, Overflow overflow) {

    /** What a fetch does with a body above its limit. */
    public enum Overflow {
        /** The fetch ends {@link FetchOutcome#TOO_LARGE}; nothing is kept. */
        REFUSE,
        /** The first {@code maxBytes} are kept and the fetch is {@link FetchOutcome#OK}; the rest is not read. */
        TRUNCATE
    }

    /** The fetcher's configured limit ({@link FetchConfig#maxBodyBytes()}); larger bodies are refused. */
    public static final BodyLimit CONFIGURED = new BodyLimit(0, Overflow.REFUSE);

    public BodyLimit {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must be >= 1, got " + maxBytes);
        }
        if (overflow == null) {
            throw new IllegalArgumentException("overflow must be REFUSE or TRUNCATE");
        }
    }

    /** Bodies above {@code maxBytes} end as {@link FetchOutcome#TOO_LARGE}. */
    public static BodyLimit refuseAbove(long maxBytes) {
        return new BodyLimit(requirePositive(maxBytes), Overflow.REFUSE);
    }

    /** Only the first {@code maxBytes} are read and kept. */
    public static BodyLimit truncateAt(long maxBytes) {
        return new BodyLimit(requirePositive(maxBytes), Overflow.TRUNCATE);
    }

    /** This limit, with {@link #CONFIGURED} replaced by a refusal above {@code configuredMaxBytes}. */
    public BodyLimit resolve(long configuredMaxBytes) {
        return maxBytes == 0 ? refuseAbove(configuredMaxBytes) : this;
    }

    private static long requirePositive(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be >= 1, got " + maxBytes);
        }
        return maxBytes;
    }
}
