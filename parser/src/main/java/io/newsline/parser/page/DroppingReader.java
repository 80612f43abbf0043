package io.newsline.parser.page;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A {@link Reader} that decodes bytes held in memory as the parser asks for text, dropping each malformed or
 * unmappable sequence and counting the sequences it dropped (a U+FFFD the page spells itself is left to the
 * parser's output stage, which also catches the ones jsoup makes of NUL and invalid character references).
 * Decoding this way, chunk by chunk into the parser's own buffer, costs almost nothing beside the parse; making
 * a String of the whole page first costs a tenth of it. Not thread-safe; one page, one reader.
 */
final class DroppingReader extends Reader {
    private final byte[] bytes;
    /** The runs of {@code bytes} to decode, as {start, end} pairs; the bytes between runs are skipped. */
    private final int[] runs;
    private int run;
    private ByteBuffer in;
    private final CharsetDecoder decoder;
    private boolean flushed;
    /** The second half of a surrogate pair split across two reads, or -1. */
    private int pending = -1;
    private int dropped;

    /**
     * A reader of the runs of {@code bytes} given as {start, end} pairs, in order, as if they were one text; each
     * cut must fall between two characters.
     */
    DroppingReader(byte[] bytes, int[] runs, Charset charset) {
        this.bytes = bytes;
        this.runs = runs.clone();
        this.in = ByteBuffer.wrap(bytes, runs[0], runs[1] - runs[0]);
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** How many malformed or unmappable byte sequences were dropped so far. */
    int dropped() {
        return dropped;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (pending >= 0) {
            buffer[offset] = (char) pending;
            pending = -1;
            return 1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset && !flushed) {
            boolean lastRun = run + 2 >= runs.length;
            CoderResult result = decoder.decode(in, out, lastRun);
            if (!lastRun && result.isUnderflow() && !in.hasRemaining()) {
                run += 2;
                in = ByteBuffer.wrap(bytes, runs[run], runs[run + 1] - runs[run]);
                continue;
            }
            if (result.isError()) {
                dropped++;
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                flushed = decoder.flush(out).isUnderflow();
            } else if (out.position() == offset) {
                // overflow with nothing written: the next character is a surrogate pair and the caller asked for one
                return readSplittingAPair(buffer, offset);
            }
        }
        int written = out.position() - offset;
        return written == 0 ? -1 : written;
    }

    /** Decodes the next character pair into a small buffer, returns its first half and keeps the second. */
    private int readSplittingAPair(char[] buffer, int offset) {
        CharBuffer pair = CharBuffer.allocate(2);
        CoderResult result = decoder.decode(in, pair, run + 2 >= runs.length);
        if (result.isError()) {
            dropped++;
            in.position(in.position() + result.length());
        }
        pair.flip();
        if (!pair.hasRemaining()) {
            return read(buffer, offset, 1);
        }
        buffer[offset] = pair.get();
        pending = pair.hasRemaining() ? pair.get() : -1;
        return 1;
    }

    @Override
    public void close() {
        // nothing to release: the bytes belong to the caller
    }
}
