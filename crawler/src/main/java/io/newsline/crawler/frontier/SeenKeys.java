package io.newsline.crawler.frontier;

/**
 * The keys a rebuild has written so far, as a Bloom filter on the heap: {@link #mightContain} is false for a key
 * never {@linkplain #add added} and true, rarely wrongly, for one added. A rebuild asks it before each URL so that
 * only the URLs it may already hold (a compacted topic keeps several values of a key until compaction) are read
 * back from the store. A wrong "maybe" costs one read, never a wrong answer. 2 MB, whatever the partition's size:
 * about 1% false answers at 1.6M keys, more beyond, which only costs reads.
 */
final class SeenKeys {
    private static final int BITS_LOG2 = 24;
    private static final int HASHES = 5;
    private final long[] bits = new long[1 << (BITS_LOG2 - 6)];

    void add(byte[] key) {
        long h1 = hash(key, 0x9E3779B97F4A7C15L);
        long h2 = hash(key, 0xC2B2AE3D27D4EB4FL) | 1;
        for (int i = 0; i < HASHES; i++) {
            int bit = (int) ((h1 + i * h2) >>> (64 - BITS_LOG2));
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    boolean mightContain(byte[] key) {
        long h1 = hash(key, 0x9E3779B97F4A7C15L);
        long h2 = hash(key, 0xC2B2AE3D27D4EB4FL) | 1;
        for (int i = 0; i < HASHES; i++) {
            int bit = (int) ((h1 + i * h2) >>> (64 - BITS_LOG2));
            if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** FNV-1a over the bytes from {@code seed}, then mixed (the finaliser of SplitMix64) so every bit depends on all. */
    private static long hash(byte[] key, long seed) {
        long h = seed;
        for (byte b : key) {
            h = (h ^ (b & 0xff)) * 0x100000001B3L;
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
