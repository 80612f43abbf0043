package io.newsline.parser.page;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes, dropping each malformed or unmappable sequence and counting how many there were, so the
 * caller can tell a right charset (0 dropped) from a wrong one. The text never holds U+FFFD.
 */
final class ByteDecoding {

    record Result(String text, int replaced) {
    }

    private ByteDecoding() {
    }

    static Result decode(byte[] bytes, int offset, Charset charset) {
        // Fast path: the JDK's bulk decoding, which replaces bad input by U+FFFD. Without any U+FFFD in the
        // result every byte was valid; otherwise count the bad sequences the slow way.
        String text = new String(bytes, offset, bytes.length - offset, charset);
        if (text.indexOf('\uFFFD') < 0) {
            return new Result(text, 0);
        }
        return decodeCounting(bytes, offset, charset);
    }

    private static Result decodeCounting(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
        int replaced = 0;
        while (true) {
            CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
            if (result.isUnderflow()) {
                decoder.decode(in, out, true);
                decoder.flush(out);
                break;
            }
            if (result.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            // a malformed sequence is dropped, not replaced by U+FFFD: records must never carry U+FFFD
            replaced++;
            in.position(in.position() + result.length());
        }
        out.flip();
        // a U+FFFD the page encoded itself goes too: a record never carries U+FFFD
        String text = out.toString();
        return new Result(text.indexOf('\uFFFD') < 0 ? text : text.replace("\uFFFD", ""), replaced);
    }
}
