package io.newsline.parser.page;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * A page's bytes to a jsoup {@link Document}, decoding as the parser reads. The charset is the one
 * {@link PageDecoder} would pick first (byte-order mark, HTTP charset, {@code <meta charset>}, else UTF-8);
 * when every byte fits it, which is nearly always, the page is decoded and parsed in one streaming pass. When
 * some bytes do not fit, or a single-byte label sits on non-ASCII bytes, {@link PageDecoder} weighs the
 * alternatives on the whole text and the page is parsed from its answer. Thread-safe.
 */
public final class DocumentLoader {
    private final PageDecoder decoder = new PageDecoder();

    /** A parsed page and how its bytes were read. */
    public record Loaded(Document document, Charset charset, CharsetSource source, int dropped, String declared) {
        public Loaded {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * Parses {@code page}; {@code language} (the site's, may be null) names legacy charsets to try when the bytes
     * fit no declared charset. Never throws for bad bytes.
     */
    public Loaded load(Page page, String language) {
        Objects.requireNonNull(page, "page");
        byte[] bytes = page.body();
        FirstGuess guess = firstGuess(page);
        if (guess != null) {
            DroppingReader reader = new DroppingReader(bytes, guess.offset(), guess.charset());
            Document doc = Parser.htmlParser().parseInput(reader, page.url());
            if (reader.dropped() == 0) {
                return new Loaded(doc, guess.charset(), guess.source(), 0, null);
            }
        }
        DecodedPage decoded = decoder.decode(page, language);
        Document doc = Parser.htmlParser().parseInput(new StringReader(decoded.html()), page.url());
        return new Loaded(doc, decoded.charset(), decoded.source(), decoded.replaced(), decoded.declared());
    }

    private record FirstGuess(Charset charset, int offset, CharsetSource source) {
    }

    /** The charset to stream with, or null when only a look at the whole text can tell. */
    private static FirstGuess firstGuess(Page page) {
        byte[] b = page.body();
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new FirstGuess(StandardCharsets.UTF_8, 3, CharsetSource.BOM);
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return null; // UTF-16: rare, left to the decoder
        }
        Optional<Charset> header = ContentTypeCharset.label(page.contentType()).flatMap(CharsetLabels::forLabel);
        if (header.isPresent()) {
            return streamable(header.get(), CharsetSource.HEADER, b);
        }
        Optional<Charset> meta = MetaCharsetSniffer.declaredLabel(b, 0).flatMap(CharsetLabels::forLabel)
                .map(c -> c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c);
        if (meta.isPresent()) {
            return streamable(meta.get(), CharsetSource.META, b);
        }
        return new FirstGuess(StandardCharsets.UTF_8, 0, CharsetSource.DETECTED);
    }

    /** A declared charset, unless it is single-byte over non-ASCII bytes (which may well be UTF-8 mislabelled). */
    private static FirstGuess streamable(Charset declared, CharsetSource source, byte[] bytes) {
        if (PageDecoder.isSingleByte(declared) && PageDecoder.hasNonAscii(bytes)) {
            return null;
        }
        return new FirstGuess(declared, 0, source);
    }
}
