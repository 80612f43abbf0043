package io.newsline.parser.page;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * A page's bytes to a jsoup {@link Document}, decoding as the parser reads. The charset is the one
 * {@link PageDecoder} would pick first (byte-order mark, HTTP charset, {@code <meta charset>}, else UTF-8);
 * when every byte fits it, which is nearly always, the page is decoded and parsed in one streaming pass. When
 * some bytes do not fit, or a single-byte label sits on non-ASCII bytes, {@link PageDecoder} weighs the
 * alternatives on the whole text and the page is parsed from its answer. On the streaming path the bodies of
 * inline scripts are left out before parsing ({@link CodeBodies}): the document has their {@code <script>}
 * elements, empty, and every JSON script whole. Thread-safe.
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
        PageDecoder.Declared guess = firstGuess(page);
        if (guess != null) {
            int[] runs = CodeBodies.canCut(guess.charset()) ? CodeBodies.keptRuns(bytes, guess.offset())
                    : new int[] {guess.offset(), bytes.length};
            DroppingReader reader = new DroppingReader(bytes, runs, guess.charset());
            Document doc = Parser.htmlParser().parseInput(reader, page.url());
            if (reader.dropped() == 0) {
                return new Loaded(doc, guess.charset(), guess.source(), 0, null);
            }
        }
        DecodedPage decoded = decoder.decode(page, language);
        Document doc = Parser.htmlParser().parseInput(new StringReader(decoded.html()), page.url());
        return new Loaded(doc, decoded.charset(), decoded.source(), decoded.replaced(), decoded.declared());
    }

    /** The charset to stream with, or null when only a look at the whole text can tell. */
    private static PageDecoder.Declared firstGuess(Page page) {
        PageDecoder.Declared declared = PageDecoder.declared(page);
        if (declared == null) {
            return new PageDecoder.Declared(StandardCharsets.UTF_8, 0, CharsetSource.DETECTED);
        }
        if (declared.charset().name().startsWith("UTF-16")) {
            return null; // UTF-16: rare, left to the decoder
        }
        if (declared.source() != CharsetSource.BOM && PageDecoder.isSingleByte(declared.charset())
                && PageDecoder.hasNonAscii(page.body())) {
            return null; // a single-byte label on non-ASCII bytes may well be UTF-8 mislabelled
        }
        return declared;
    }
}
