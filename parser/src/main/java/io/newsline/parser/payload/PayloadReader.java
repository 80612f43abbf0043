package io.newsline.parser.payload;

import io.newsline.parser.meta.DateParser;
import io.newsline.parser.page.Page;
import io.newsline.parser.page.PageDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The article a page ships as data (see {@link PayloadKind} for the formats), for pages whose HTML body yields none.
 * The page is parsed again with its scripts whole (the main parse leaves inline script bodies out), but only when
 * its bytes name one of the payloads, so other pages cost one byte search. Of the payloads' article objects
 * ({@link ArticleShape}) the one with the longest body wins. Pure and thread-safe; runs no JavaScript.
 */
public final class PayloadReader {
    private static final byte[][] MARKERS = markers("__NEXT_DATA__", "__next_f", "__NUXT_DATA__", "__NUXT__",
            "__APOLLO_STATE__", "__PRELOADED_STATE__");

    private final PageDecoder decoder = new PageDecoder();
    private final DateParser dates = new DateParser();

    /**
     * The article object of {@code page}'s payloads, dates read in {@code zone} when they carry no offset;
     * {@code language} (may be null) helps decoding. Empty when the page has no payload or none holds an article.
     */
    public Optional<PayloadArticle> read(Page page, String language, ZoneId zone) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(zone, "zone");
        if (!hasMarker(page.body())) {
            return Optional.empty();
        }
        Document doc = Parser.htmlParser().parseInput(decoder.decode(page, language).html(), page.url());
        PayloadKind kind = null;
        ArticleShape.Candidate best = null;
        for (Payload payload : PayloadScripts.in(doc)) {
            Optional<ArticleShape.Candidate> found = ArticleShape.find(payload, page.url());
            if (found.isPresent() && (best == null || found.get().textLength() > best.textLength())) {
                best = found.get();
                kind = payload.kind();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new PayloadArticle(kind, best.title(), best.subtitle(), best.bodyHtml(), best.authors(),
                date(best.published(), zone), date(best.modified(), zone), best.images()));
    }

    private OffsetDateTime date(String text, ZoneId zone) {
        return text == null ? null : dates.parse(text, zone).orElse(null);
    }

    private static boolean hasMarker(byte[] body) {
        for (byte[] marker : MARKERS) {
            if (indexOf(body, marker) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] body, byte[] marker) {
        outer:
        for (int i = 0, last = body.length - marker.length; i <= last; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (body[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[][] markers(String... names) {
        byte[][] out = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            out[i] = names[i].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }
}
