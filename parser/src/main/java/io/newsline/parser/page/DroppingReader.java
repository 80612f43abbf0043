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
 * unmappable sequence (and every U+FFFD, which a record never carries) and counting the sequences it dropped.
 * Decoding this way, chunk by chunk into the parser's own buffer, costs almost nothing beside the parse; making
 * a String of the whole page first costs a tenth of it. Not thread-safe; one page, one reader.
 */
final class DroppingReader extends Reader {
    private static final char REPLACEMENT = '\uFFFD';
    private final ByteBuffer in;
    private final CharsetDecoder decoder;
    private boolean flushed;
    private int dropped;

    DroppingReader(byte[] bytes, int offset, Charset charset) {
        this.in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
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
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset && !flushed) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                dropped++;
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                flushed = decoder.flush(out).isUnderflow();
            }
            // overflow: the buffer is full
        }
        int written = out.position() - offset;
        return written == 0 ? -1 : withoutReplacements(buffer, offset, written);
    }

    /** Removes U+FFFD from {@code buffer[offset..offset+count)}; returns the remaining count (0 means read again). */
    private int withoutReplacements(char[] buffer, int offset, int count) {
        int end = offset + count;
        int w = offset;
        while (w < end && buffer[w] != REPLACEMENT) {
            w++;
        }
        if (w == end) {
            return count;
        }
        for (int r = w; r < end; r++) {
            if (buffer[r] != REPLACEMENT) {
                buffer[w++] = buffer[r];
            }
        }
        int kept = w - offset;
        return kept > 0 ? kept : read(buffer, offset, count);
    }

    @Override
    public void close() {
        // nothing to release: the bytes belong to the caller
    }
}
