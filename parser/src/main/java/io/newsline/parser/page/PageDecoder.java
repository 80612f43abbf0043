package io.newsline.parser.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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

    /** Decodes {@code page}'s body; never throws for bad bytes. */
    public DecodedPage decode(Page page) {
        Objects.requireNonNull(page, "page");
        byte[] bytes = page.body();

        Optional<DecodedPage> bom = decodeByBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> header = ContentTypeCharset.label(page.contentType()).flatMap(CharsetLabels::forLabel);
        if (header.isPresent()) {
            return decodeDeclared(bytes, header.get(), CharsetSource.HEADER);
        }
        Optional<Charset> meta = MetaCharsetSniffer.declaredLabel(bytes, 0).flatMap(CharsetLabels::forLabel);
        if (meta.isPresent()) {
            return decodeDeclared(bytes, meta.get(), CharsetSource.META);
        }
        return decodeUndeclared(bytes);
    }

    private static Optional<DecodedPage> decodeByBom(byte[] b) {
        Charset charset = null;
        int skip = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        if (charset == null) {
            return Optional.empty();
        }
        ByteDecoding.Result r = ByteDecoding.decode(b, skip, charset);
        return Optional.of(new DecodedPage(r.text(), charset, CharsetSource.BOM, r.replaced(), null));
    }

    private static DecodedPage decodeDeclared(byte[] bytes, Charset declared, CharsetSource source) {
        ByteDecoding.Result asDeclared = ByteDecoding.decode(bytes, 0, declared);
        if (asDeclared.replaced() == 0) {
            return new DecodedPage(asDeclared.text(), declared, source, 0, null);
        }
        // The label does not fit every byte: a wrong label or a few bad bytes. Ask the detector and keep
        // whichever reading replaces fewer sequences.
        Optional<Charset> detected = detect(bytes).filter(c -> !c.equals(declared));
        if (detected.isPresent()) {
            ByteDecoding.Result asDetected = ByteDecoding.decode(bytes, 0, detected.get());
            if (asDetected.replaced() < asDeclared.replaced()) {
                return new DecodedPage(asDetected.text(), detected.get(), CharsetSource.DETECTED,
                        asDetected.replaced(), declared.name());
            }
        }
        return new DecodedPage(asDeclared.text(), declared, source, asDeclared.replaced(), null);
    }

    private static DecodedPage decodeUndeclared(byte[] bytes) {
        // Non-ASCII bytes that form valid UTF-8 are UTF-8 in practice; checking that first is cheaper and
        // surer than the detector's statistics on short pages.
        ByteDecoding.Result asUtf8 = ByteDecoding.decode(bytes, 0, StandardCharsets.UTF_8);
        if (asUtf8.replaced() == 0) {
            return new DecodedPage(asUtf8.text(), StandardCharsets.UTF_8, CharsetSource.DETECTED, 0, null);
        }
        Optional<Charset> detected = detect(bytes);
        if (detected.isPresent()) {
            ByteDecoding.Result asDetected = ByteDecoding.decode(bytes, 0, detected.get());
            if (asDetected.replaced() < asUtf8.replaced()) {
                return new DecodedPage(asDetected.text(), detected.get(), CharsetSource.DETECTED, asDetected.replaced(), null);
            }
        }
        return new DecodedPage(asUtf8.text(), StandardCharsets.UTF_8, CharsetSource.FALLBACK, asUtf8.replaced(), null);
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return CharsetLabels.forLabel(detector.getDetectedCharset());
    }
}
