package io.newsline.crawler.discover;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A sitemap's bytes (decompressed as they are read) that end in an {@link IOException} once more than
 * {@code maxBytes} have been read, or, for a text sitemap, once one line runs longer than {@code maxLineBytes}: a
 * line-based reader would otherwise hold the whole line. {@link #exceeded()} tells afterwards which limit ended the
 * read, whatever the parser made of the exception.
 */
final class BoundedSitemapStream extends FilterInputStream {

    /** Which limit a read ran into. */
    enum Exceeded { NONE, SIZE, LINE }

    private final long maxBytes;
    private long maxLineBytes = Long.MAX_VALUE;
    private long read;
    private long lineBytes;
    private Exceeded exceeded = Exceeded.NONE;

    /** A stream of at most {@code maxBytes}, lines of any length (XML may come as one line). */
    BoundedSitemapStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    /** From now on, a line longer than {@code max} bytes ends the read (for text sitemaps). */
    void limitLines(long max) {
        this.maxLineBytes = max;
    }

    Exceeded exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (exceeded != Exceeded.NONE) {
            throw new IOException("sitemap limit reached");
        }
        int n = in.read(b, off, (int) Math.min(len, maxBytes + 1 - read));
        if (n <= 0) {
            return n;
        }
        read += n;
        if (read > maxBytes) {
            exceeded = Exceeded.SIZE;
            throw new IOException("sitemap is above the limit of " + maxBytes + " bytes");
        }
        for (int i = off; i < off + n; i++) {
            lineBytes = b[i] == '\n' ? 0 : lineBytes + 1;
        }
        if (lineBytes > maxLineBytes) {
            exceeded = Exceeded.LINE;
            throw new IOException("sitemap has a line longer than " + maxLineBytes + " bytes");
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r == -1) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
