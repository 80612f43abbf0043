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
        return written == 0 ? -1 : written;
    }

    @Override
    public void close() {
        // nothing to release: the bytes belong to the caller
    }
}
