package io.newsline.parser.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a page's bytes into text. The charset is chosen by, in order: a byte-order mark; the HTTP
 * {@code Content-Type} charset; the document's {@code <meta charset>} / {@code http-equiv}; a detector. Labels
 * are mapped the way browsers map them (EUC-KR is decoded as CP949). A declared charset that does not fit the
 * bytes (e.g. Latin-1 bytes labelled UTF-8) is checked against the detector, and the charset with fewer
 * replacement characters wins. Never uses the platform default charset. Thread-safe.
 */
public final class PageDecoder {

    /** Decodes {@code page}'s body without a language hint; never throws for bad bytes. */
    public DecodedPage decode(Page page) {
        return decode(page, null);
    }

    /**
     * Decodes {@code page}'s body; never throws for bad bytes. {@code language} (the site's language, may be null)
     * names the legacy charsets to try when the detector gives up, as it does on EUC-KR pages holding CP949-only
     * syllables; without it the document's {@code <html lang>} is used.
     */
    public DecodedPage decode(Page page, String language) {
        Objects.requireNonNull(page, "page");
        byte[] bytes = page.body();

        Declared declared = declared(page);
        if (declared == null) {
            return decodeUndeclared(bytes, language);
        }
        if (declared.source() == CharsetSource.BOM) {
            ByteDecoding.Result r = ByteDecoding.decode(bytes, declared.offset(), declared.charset());
            return new DecodedPage(r.text(), declared.charset(), CharsetSource.BOM, r.replaced(), null);
        }
        return decodeDeclared(bytes, declared.charset(), declared.source(), language);
    }

    /** The charset a page declares, where its text starts (after a byte-order mark) and which declaration said so. */
    record Declared(Charset charset, int offset, CharsetSource source) {
    }

    /**
     * What the page declares, by precedence: a byte-order mark, the HTTP {@code Content-Type} charset, the
     * document's {@code <meta charset>}; null when it declares nothing. Cheap: no decoding.
     */
    static Declared declared(Page page) {
        byte[] b = page.body();
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Declared(StandardCharsets.UTF_8, 3, CharsetSource.BOM);
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Declared(StandardCharsets.UTF_16BE, 2, CharsetSource.BOM);
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Declared(StandardCharsets.UTF_16LE, 2, CharsetSource.BOM);
        }
        Optional<Charset> header = ContentTypeCharset.label(page.contentType()).flatMap(CharsetLabels::forLabel);
        if (header.isPresent()) {
            return new Declared(header.get(), 0, CharsetSource.HEADER);
        }
        // A meta tag read as ASCII cannot be declaring UTF-16; browsers take UTF-8 then (WHATWG).
        return MetaCharsetSniffer.declaredLabel(b, 0).flatMap(CharsetLabels::forLabel)
                .map(c -> c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c)
                .map(c -> new Declared(c, 0, CharsetSource.META))
                .orElse(null);
    }

    private static DecodedPage decodeDeclared(byte[] bytes, Charset declared, CharsetSource source, String language) {
        if (isSingleByte(declared) && hasNonAscii(bytes)) {
            // Single-byte charsets accept any bytes, so a wrong "iso-8859-1" label on UTF-8 text would go
            // unnoticed. Non-ASCII bytes that are valid UTF-8 are UTF-8 in practice.
            ByteDecoding.Result asUtf8 = ByteDecoding.decode(bytes, 0, StandardCharsets.UTF_8);
            if (asUtf8.replaced() == 0) {
                return new DecodedPage(asUtf8.text(), StandardCharsets.UTF_8, CharsetSource.DETECTED, 0, declared.name());
            }
        }
        ByteDecoding.Result asDeclared = ByteDecoding.decode(bytes, 0, declared);
        if (asDeclared.replaced() == 0) {
            return new DecodedPage(asDeclared.text(), declared, source, 0, null);
        }
        // The label does not fit every byte: a wrong label or a few bad bytes. Keep whichever reading
        // replaces fewer sequences, the declared one on a tie.
        Guess best = new Guess(declared, asDeclared);
        for (Charset candidate : alternatives(bytes, language)) {
            if (!candidate.equals(declared)) {
                best = best.orBetter(candidate, ByteDecoding.decode(bytes, 0, candidate));
            }
        }
        return best.charset().equals(declared)
                ? new DecodedPage(asDeclared.text(), declared, source, asDeclared.replaced(), null)
                : new DecodedPage(best.result().text(), best.charset(), CharsetSource.DETECTED, best.result().replaced(), declared.name());
    }

    private static DecodedPage decodeUndeclared(byte[] bytes, String language) {
        // Non-ASCII bytes that form valid UTF-8 are UTF-8 in practice; checking that first is cheaper and
        // surer than the detector's statistics on short pages.
        ByteDecoding.Result asUtf8 = ByteDecoding.decode(bytes, 0, StandardCharsets.UTF_8);
        if (asUtf8.replaced() == 0) {
            return new DecodedPage(asUtf8.text(), StandardCharsets.UTF_8, CharsetSource.DETECTED, 0, null);
        }
        Guess best = new Guess(StandardCharsets.UTF_8, asUtf8);
        for (Charset candidate : alternatives(bytes, language)) {
            best = best.orBetter(candidate, ByteDecoding.decode(bytes, 0, candidate));
            if (best.result().replaced() == 0) {
                break;
            }
        }
        CharsetSource source = best.charset().equals(StandardCharsets.UTF_8) ? CharsetSource.FALLBACK : CharsetSource.DETECTED;
        return new DecodedPage(best.result().text(), best.charset(), source, best.result().replaced(), null);
    }

    /** The detector's answer, then the legacy charsets of the page's language. */
    private static List<Charset> alternatives(byte[] bytes, String language) {
        List<Charset> out = new ArrayList<>(3);
        detect(bytes).ifPresent(out::add);
        String lang = language != null ? language : LanguageSniffer.declaredLanguage(bytes).orElse(null);
        for (Charset c : LegacyCharsets.forLanguage(lang)) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    static boolean isSingleByte(Charset charset) {
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f;
    }

    static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return CharsetLabels.forLabel(detector.getDetectedCharset());
    }

    /** A charset and what decoding with it gave. */
    private record Guess(Charset charset, ByteDecoding.Result result) {
        Guess orBetter(Charset other, ByteDecoding.Result otherResult) {
            return otherResult.replaced() < result.replaced() ? new Guess(other, otherResult) : this;
        }
    }
}
