package io.newsline.parser.body;

import io.newsline.parser.body.generic.BlockCollector;
import io.newsline.parser.body.generic.CandidateScorer;
import io.newsline.parser.body.generic.DomStats;
import io.newsline.parser.body.generic.JsonLdArticleBody;
import io.newsline.parser.body.generic.ListingDetector;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the main content of any news or blog page, in any language or script, without site knowledge.
 *
 * <p>The approach follows Mozilla Readability: one linear pass leaves out non-content (scripts, navigation,
 * asides, hidden elements, class/id/role patterns of chrome) and sums text statistics; paragraph-like blocks
 * score their ancestors by length, commas and link density; the best container is refined and its
 * content-like siblings merged; then blocks are emitted in reading order with link-heavy boxes, captions,
 * bylines and boilerplate lines dropped. A body the page declares ({@code itemprop=articleBody}, or the
 * element holding its JSON-LD {@code articleBody} text) is trusted over the scores. When stripping unlikely
 * elements leaves too little text, the pass is repeated without it and the longer result kept. A listing
 * page gives {@link MainContent#none()}.
 *
 * <p>{@link MainContent#container()} is the chosen element, or the common parent when content-like siblings
 * were merged in (that parent may hold more than the blocks).
 *
 * <p>Text lengths are code points with CJK characters counted double, so thresholds hold for Korean,
 * Chinese and Japanese. Thread-safe and stateless; the document is not modified.
 */
public final class GenericExtractor implements MainContentExtractor {

    /** Weighted characters under which the first attempt is retried without stripping unlikely elements. */
    private static final int RETRY_BELOW = 500;
    /** Links on a page without prose from which it is called a listing rather than empty. */
    private static final int MIN_LISTING_LINKS = 3;
    private static final Evaluator TITLE = QueryParser.parse("title:not(svg title)");
    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");

    @Override
    public MainContent extract(Document doc) {
        return extract(doc, null);
    }

    /**
     * Like {@link #extract(Document)}, with the statistics of the first attempt already collected by a walk of the
     * caller ({@link DomStats#collectWhileWalking} over {@code doc.body()} of the document as it is now), or null.
     */
    public MainContent extract(Document doc, DomStats walked) {
        Objects.requireNonNull(doc, "doc");
        Element body = doc.body();
        if (body == null) {
            return MainContent.none();
        }
        String title = pageTitle(doc);
        DomStats firstStats = walked != null && walked.root() == body ? walked : DomStats.collect(body, true);
        String declaredText = JsonLdArticleBody.text(doc, firstStats.typedScripts());
        Attempt first = attempt(firstStats, declaredText, title);
        Attempt best = first;
        if (first.chars < RETRY_BELOW) {
            Attempt second = attempt(DomStats.collect(body, false), declaredText, title);
            if (second.chars > first.chars) {
                best = second;
            }
        }
        if (best.collector == null) {
            int links = body.select("a[href]").size();
            return links >= MIN_LISTING_LINKS ? MainContent.listing("listing page: " + links + " links and no prose") : MainContent.none();
        }
        if (ListingDetector.isListing(best.collector)) {
            if (best.collector.blocks().isEmpty() && body.select("a[href]").size() < MIN_LISTING_LINKS) {
                return MainContent.none();
            }
            return MainContent.listing("listing page: " + best.collector.teaserHeadings() + " teaser headlines, "
                    + best.collector.droppedLinkChars() + " characters of links and " + best.collector.emittedChars()
                    + " of prose");
        }
        Element container = best.roots.size() == 1 ? best.roots.get(0) : best.roots.get(0).parent();
        return new MainContent(container, best.collector.blocks(), best.collector.photoBoxes(), null);
    }

    /** The page title: {@code <title>} (even when a broken page put it in the body), else og:title. */
    private static String pageTitle(Document doc) {
        String title = doc.title();
        if (!title.isBlank()) {
            return title;
        }
        Element el = doc.selectFirst(TITLE);
        if (el != null && !el.text().isBlank()) {
            return el.text();
        }
        Element og = doc.selectFirst(OG_TITLE);
        return og == null ? "" : og.attr("content");
    }

    private static Attempt attempt(DomStats stats, String declaredText, String title) {
        Element declared = stats.declaredBody();
        if (declared == null) {
            declared = JsonLdArticleBody.locate(declaredText, stats);
        }
        List<Element> roots = CandidateScorer.chooseRoots(stats, declared);
        if (roots.isEmpty()) {
            return new Attempt(roots, null, 0);
        }
        BlockCollector collector = BlockCollector.collect(stats, roots, title);
        return new Attempt(roots, collector, collector.emittedChars());
    }

    private record Attempt(List<Element> roots, BlockCollector collector, int chars) {
    }
}
