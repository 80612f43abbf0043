package io.newsline.parser.body;

import io.newsline.parser.Image;
import io.newsline.parser.meta.Captions;
import io.newsline.parser.meta.Urls;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads a photo block ({@code <figure>}, a {@code div} holding an {@code img}, a profile caption element) into an
 * {@link Image}: the real URL of lazy images ({@code data-src}, {@code data-original}, the widest {@code srcset}
 * entry) before {@code src}, made absolute; the caption from {@code figcaption} or the block's own text without
 * the ▲ marker; the credit after ⓒ, or from a credit element.
 */
final class PhotoReader {
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator CAPTION = QueryParser.parse(
            "figcaption, .caption, .photo_caption, .img_caption, .txt_caption, [class*=caption]");
    private static final Evaluator CREDIT = QueryParser.parse(".credit, [class*=credit], .copyright, [class*=source]");
    private static final String[] LAZY_ATTRS = {"data-src", "data-original", "data-lazy-src", "data-url", "data-lazy", "data-full-src"};

    private PhotoReader() {
    }

    /** The image of a photo block, if it has an image with a usable URL. */
    static Optional<Image> read(Element block) {
        Element img = block.normalName().equals("img") ? block : block.selectFirst(IMG);
        if (img == null) {
            return Optional.empty();
        }
        Optional<String> url = urlOf(img);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (block == img) {
            return url.map(u -> new Image(u, null, null)); // a bare image: no caption to look for
        }
        Element captionElement = block.selectFirst(CAPTION);
        String captionText = captionElement != null ? captionElement.text() : block.text();
        Captions.Caption caption = Captions.parse(captionText);
        String credit = caption.credit();
        if (credit == null) {
            Element creditElement = block.selectFirst(CREDIT);
            if (creditElement != null && !creditElement.text().isBlank()) {
                credit = creditElement.text().strip();
            }
        }
        String text = caption.caption();
        if (credit != null && text != null && captionElement != null && text.endsWith(credit)) {
            text = text.substring(0, text.length() - credit.length()).strip();
        }
        return Optional.of(new Image(url.get(), text == null || text.isEmpty() ? null : text, credit));
    }

    static Optional<String> urlOf(Element img) {
        for (String attr : LAZY_ATTRS) {
            String u = isInline(img.attr(attr)) ? "" : Urls.ofAttribute(img, attr);
            if (!u.isEmpty()) {
                return Optional.of(u);
            }
        }
        for (String attr : new String[] {"srcset", "data-srcset"}) {
            Optional<String> widest = widest(img, img.attr(attr));
            if (widest.isPresent()) {
                return widest;
            }
        }
        String src = isInline(img.attr("src")) ? "" : Urls.ofAttribute(img, "src");
        return src.isEmpty() ? Optional.empty() : Optional.of(src);
    }

    /**
     * True for a {@code data:} URL (a placeholder pixel or an inlined image, never a photo to link to); tested on
     * the raw value, before resolving it would fail with an exception.
     */
    private static boolean isInline(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) <= ' ') {
            i++;
        }
        return value.regionMatches(true, i, "data:", 0, 5);
    }

    /** The URL of the widest candidate of a {@code srcset} ("a.jpg 640w, b.jpg 1280w" or "a.jpg 1x, b.jpg 2x"). */
    private static Optional<String> widest(Element img, String srcset) {
        if (srcset.isBlank()) {
            return Optional.empty();
        }
        String best = null;
        double bestSize = -1;
        int n = srcset.length();
        int i = 0;
        while (i < n) {
            // as browsers read it: a URL runs to white space (commas inside it belong to it), its descriptor to a comma
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int urlStart = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(urlStart, i);
            String descriptor = "";
            if (url.endsWith(",")) {
                url = url.replaceFirst(",+$", "");
            } else {
                int descriptorStart = i;
                while (i < n && srcset.charAt(i) != ',') {
                    i++;
                }
                descriptor = srcset.substring(descriptorStart, i);
            }
            if (url.isEmpty() || url.startsWith("data:")) {
                continue;
            }
            double size = descriptorSize(descriptor);
            if (size > bestSize) {
                bestSize = size;
                best = url;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String abs = resolve(img, best);
        return abs.isEmpty() ? Optional.empty() : Optional.of(abs);
    }

    /** The number in a width or density descriptor ("1280w", "2x"); 1 when there is none. */
    private static double descriptorSize(String descriptor) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < descriptor.length(); i++) {
            char c = descriptor.charAt(i);
            if (c >= '0' && c <= '9' || c == '.') {
                digits.append(c);
            }
        }
        try {
            return digits.length() == 0 ? 1 : Double.parseDouble(digits.toString());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String resolve(Element img, String relative) {
        Element probe = new Element("img").attr("src", relative);
        probe.setBaseUri(img.baseUri());
        return Urls.ofAttribute(probe, "src");
    }
}
