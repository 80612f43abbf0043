package io.newsline.parser;

import io.newsline.parser.body.BodyContent;
import io.newsline.parser.body.GenericBody;
import io.newsline.parser.body.GenericExtractor;
import io.newsline.parser.body.MainContentExtractor;
import io.newsline.parser.body.ProfileBody;
import io.newsline.parser.body.ProseCheck;
import io.newsline.parser.clean.ChromeRemover;
import io.newsline.parser.clean.TextCleaner;
import io.newsline.parser.eval.TokenF1;
import io.newsline.parser.meta.BylineFinder;
import io.newsline.parser.meta.MetadataReader;
import io.newsline.parser.meta.PageMetadata;
import io.newsline.parser.meta.Sourced;
import io.newsline.parser.meta.VisibleDateLines;
import io.newsline.parser.meta.Zones;
import io.newsline.parser.page.DocumentLoader;
import io.newsline.parser.page.Page;
import io.newsline.parser.payload.PayloadArticle;
import io.newsline.parser.payload.PayloadReader;
import io.newsline.parser.profile.CssSelector;
import io.newsline.parser.profile.ExtractionInterrupted;
import io.newsline.parser.profile.SiteProfile;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The parser's front door: one fetched {@link Page} and the {@link SiteProfile} of its host in, a
 * {@link ParseResult} out. The page goes through these stages, each a class of its own:
 * <ol>
 *   <li>{@link DocumentLoader}: bytes to a jsoup document, decoding as it parses (BOM, HTTP charset, meta
 *       charset, detector);</li>
 *   <li>{@link PageScan}: one walk of the document gathering the profile's selector matches, the facts
 *       metadata sources read and the chrome marks;</li>
 *   <li>{@link MetadataReader}: title, authors, dates, section, language, canonical URL, tags, lead image;</li>
 *   <li>{@link ProfileBody#candidates}: where the profile says the body is;</li>
 *   <li>chrome removal: profile {@code remove} selectors and generic chrome rules, keeping the body;</li>
 *   <li>{@link ProfileBody#read}, else {@link GenericBody} (the generic extractor): text blocks and photos;</li>
 *   <li>when the HTML yields no article, {@link PayloadReader}: the article object of a JSON payload in the
 *       page's scripts, its body read as a body container;</li>
 *   <li>{@link TextCleaner}: white space, copyright and interface lines;</li>
 *   <li>{@link BylineFinder}: the reporter's byline out of the text and into the authors;</li>
 *   <li>assembly, with the source of every field in {@link Extraction}.</li>
 * </ol>
 * Thread-safe; never throws for bad input (a broken page is a {@code Failed} result). It keeps no clock: a caller
 * that bounds a page's time interrupts the parsing thread, and the parse stops with {@link ExtractionInterrupted}
 * inside a site file's regular expression or at the next stage.
 */
public final class ArticleParser {
    private static final String NO_TITLE = "no title found (profile selectors, metadata, h1 and <title> are all empty)";
    private final DocumentLoader loader = new DocumentLoader();
    private final MetadataReader metadata = new MetadataReader();
    private final ProfileBody profileBody = new ProfileBody();
    private final ChromeRemover chrome = new ChromeRemover();
    private final GenericBody genericBody;
    private final TextCleaner textCleaner = new TextCleaner();
    private final BylineFinder bylines = new BylineFinder();
    private final ProseCheck prose = new ProseCheck();
    private final PayloadReader payloads = new PayloadReader();

    /** A parser whose fallback is the {@link GenericExtractor}. */
    public ArticleParser() {
        this(new GenericExtractor());
    }

    /** A parser with another fallback main-content extractor (e.g. to compare extractors). */
    public ArticleParser(MainContentExtractor fallback) {
        this.genericBody = new GenericBody(fallback);
    }

    /**
     * Parses {@code page} with the rules of {@code profile}: {@code Parsed} with the article, {@code NotArticle}
     * when the URL is not an article URL of the profile or the page has no main content, {@code Failed} when an
     * article URL yields no title or no body, or extraction broke.
     *
     * @throws ExtractionInterrupted when the thread is interrupted while the page is parsed (the interrupter knows why)
     */
    public ParseResult parse(Page page, SiteProfile profile) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(profile, "profile");
        if (!profile.isArticleUrl(page.url())) {
            return new ParseResult.NotArticle(page.url(),
                    "URL does not match the article pattern of profile '" + profile.name() + "'");
        }
        try {
            return extract(page, profile);
        } catch (ExtractionInterrupted e) {
            throw e; // not the page's fault: the caller stopped it
        } catch (RuntimeException | StackOverflowError e) {
            return new ParseResult.Failed(page.url(), "extraction failed: " + e, e);
        } finally {
            profile.extract().selectors().forEach(CssSelector::release);
        }
    }

    private ParseResult extract(Page page, SiteProfile profile) {
        List<String> warnings = new ArrayList<>();
        Document doc = load(page, profile, warnings);
        ExtractionInterrupted.throwIfInterrupted("the page scan");
        PageScan scan = PageScan.walk(doc, profile, chrome);
        ExtractionInterrupted.throwIfInterrupted("reading the metadata");
        PageMetadata meta = metadata.read(scan.facts(), scan.matches(), page, profile);
        ExtractionInterrupted.throwIfInterrupted("reading the body");
        Body body = readBody(doc, scan, profile, warnings);
        ExtractionInterrupted.throwIfInterrupted("cleaning the text");
        Assembled text = assemble(body, meta, profile);
        Optional<ParseResult> rejected = rejection(page, profile, doc, meta, body, text.paragraphs());
        if (rejected.isPresent()) {
            // the HTML holds no article: some pages ship it as data for their scripts to render
            ExtractionInterrupted.throwIfInterrupted("reading the payload");
            Optional<PayloadArticle> payload = payloads.read(page, meta.language().value(), zone(page, profile, meta));
            Sourced<String> pageTitle = meta.title();
            Optional<BodyContent> payloadBody = payload.filter(p -> namesThePage(p, pageTitle))
                    .flatMap(p -> payloadBody(p, page, profile));
            if (payloadBody.isEmpty()) {
                return rejected.get();
            }
            meta = withPayload(meta, payload.get());
            body = new Body(payloadBody.get(), FieldSource.PAYLOAD);
            text = assemble(body, meta, profile);
            rejected = rejection(page, profile, doc, meta, body, text.paragraphs());
            if (rejected.isPresent()) {
                return rejected.get();
            }
        }
        List<String> paragraphs = text.paragraphs();
        Sourced<List<Author>> authors = text.authors();
        Sourced<List<Image>> images = text.images();
        warnIfProfileMissed(warnings, profile, meta, authors);
        meta.foreignCanonicalUrl().ifPresent(foreign -> warnings.add("canonical URL " + foreign + " is on a host outside profile '"
                + profile.name() + "' " + profile.hosts() + "; set aside, the article keeps the URL it was fetched from"));

        if (!meta.title().isPresent()) {
            // prose the generic extractor accepted is an article even untitled; the record omits the title
            warnings.add(NO_TITLE + "; published without a title");
        }
        Extraction extraction = new Extraction(
                profile.isGeneric() ? null : profile.name(),
                profile.isGeneric() ? null : Integer.toString(profile.version()),
                fieldSources(meta, authors, body.source(), images), warnings);
        return new ParseResult.Parsed(new Article(
                page.url(),
                meta.canonicalUrl().value(),
                visible(meta.site().value()),
                siteArticleId(profile, page.url(), meta.canonicalUrl().value()),
                visible(meta.section().value()),
                meta.language().value(),
                visible(meta.title().value()),
                visible(meta.subtitle().value()),
                visibleAuthors(authors.value()),
                meta.publishedAt().value(),
                meta.modifiedAt().value(),
                visible(paragraphs),
                visibleImages(images.value()),
                visible(meta.tags().value()),
                meta.paywalled(),
                extraction));
    }

    /** The body's blocks and photos, and whether the profile, the generic extractor or a payload gave them. */
    private record Body(BodyContent content, FieldSource source) {
    }

    /** The body's text after cleaning and bylines, with the authors and photos that go with it. */
    private record Assembled(List<String> paragraphs, Sourced<List<Author>> authors, Sourced<List<Image>> images) {
    }

    /** Cleans the body's blocks, takes the byline out into the authors, and picks the photos. */
    private Assembled assemble(Body body, PageMetadata meta, SiteProfile profile) {
        List<String> cleaned = textCleaner.clean(body.content().blocks(), profile.extract().dropText());
        BylineFinder.Byline byline = bylines.find(cleaned, profile.extract().bylineText());
        return new Assembled(withoutRepeats(byline.paragraphs(), meta), authors(meta.authors(), byline),
                images(body.content().images(), body.source(), meta.leadImages()));
    }

    /**
     * The payload article's body HTML read as a body container of the page (paragraphs, headings, photos with their
     * captions), with the payload's photos when the body shows none; empty when it holds too little text.
     */
    private Optional<BodyContent> payloadBody(PayloadArticle payload, Page page, SiteProfile profile) {
        Document fragment = Parser.parseBodyFragment(payload.bodyHtml(), page.url());
        return profileBody.read(List.of(fragment.body()), profile).map(content -> content.images().isEmpty()
                ? new BodyContent(content.blocks(), payload.images(), content.container()) : content);
    }

    /**
     * Whether the payload article is the page's own: when the page names a headline, the article's title holds
     * most of its words (a section front's payload may hold a whole top story, under another headline).
     */
    private static boolean namesThePage(PayloadArticle payload, Sourced<String> pageTitle) {
        if (!pageTitle.isPresent() || payload.title() == null) {
            return true;
        }
        List<String> shown = TokenF1.tokens(pageTitle.value());
        java.util.Set<String> words = new java.util.HashSet<>(TokenF1.tokens(payload.title()));
        long kept = shown.stream().filter(words::contains).count();
        return kept * 2 >= shown.size();
    }

    /** {@code meta} completed with what the payload article has and the page's metadata lacked. */
    private static PageMetadata withPayload(PageMetadata meta, PayloadArticle payload) {
        return new PageMetadata(meta.site(),
                or(meta.title(), payload.title()),
                or(meta.subtitle(), payload.subtitle()),
                or(meta.authors(), payload.authors().isEmpty() ? null : payload.authors()),
                or(meta.publishedAt(), payload.publishedAt()),
                or(meta.modifiedAt(), payload.modifiedAt()),
                meta.section(), meta.language(), meta.canonicalUrl(), meta.tags(), meta.leadImages(),
                meta.paywalled(), meta.articleMarkup(), meta.foreignCanonicalUrl());
    }

    private static <T> Sourced<T> or(Sourced<T> fromPage, T fromPayload) {
        return fromPage.isPresent() ? fromPage : Sourced.of(fromPayload, FieldSource.PAYLOAD);
    }

    /** The zone of dates the page writes without an offset: the profile's, or for generic pages the page's own. */
    private static ZoneId zone(Page page, SiteProfile profile, PageMetadata meta) {
        if (!profile.isGeneric()) {
            return profile.timezone();
        }
        return Zones.forPage(meta.language().value(), SiteProfile.hostOf(page.url()).orElse(null)).orElse(profile.timezone());
    }

    /** The parsed page (malformed bytes dropped while decoding), with a warning when the bytes did not fit their charset. */
    private Document load(Page page, SiteProfile profile, List<String> warnings) {
        DocumentLoader.Loaded loaded = loader.load(page, profile.language());
        if (loaded.declared() != null) {
            warnings.add("declared charset " + loaded.declared() + " does not fit the bytes; decoded as " + loaded.charset().name());
        }
        if (loaded.dropped() > 0) {
            warnings.add(loaded.dropped() + " byte sequences are not valid " + loaded.charset().name() + "; dropped");
        }
        return loaded.document();
    }

    /** Removes the chrome (keeping the profile's body candidates), then reads the body by profile or generically. */
    private Body readBody(Document doc, PageScan scan, SiteProfile profile, List<String> warnings) {
        List<Element> containers = profileBody.candidates(scan.matches(), profile);
        if (!containers.isEmpty()) {
            scan.chrome().removeMarked(containers);
            Optional<BodyContent> fromProfile = profileBody.read(containers, profile);
            if (fromProfile.isPresent()) {
                return new Body(fromProfile.get(), FieldSource.PROFILE);
            }
        }
        if (!profile.extract().body().isEmpty()) {
            warnings.add("profile body selectors " + profile.extract().body()
                    + (containers.isEmpty() ? " matched nothing" : " found no text") + "; used the generic extractor");
        }
        // The generic extractor judges chrome itself, on the page as served (measured: removing the generic
        // chrome first cost it 11 points of F1 on the development set); only the profile's own rules apply.
        return new Body(genericBody.read(withoutProfileChrome(doc, profile), scan.bodyStats()), FieldSource.GENERIC);
    }

    /**
     * Why the page yields no article: {@code Failed} for an article URL (by the profile's pattern) without body or
     * title, {@code NotArticle} for other pages without main content or that read as a listing. Other pages need
     * no title: prose the generic extractor accepted is published untitled, with a warning.
     */
    private Optional<ParseResult> rejection(Page page, SiteProfile profile, Document doc, PageMetadata meta, Body body,
            List<String> paragraphs) {
        boolean articleUrl = profile.articles().url() != null;
        if (paragraphs.isEmpty() && body.content().listingReason() != null) {
            return Optional.of(new ParseResult.NotArticle(page.url(), body.content().listingReason()));
        }
        if (paragraphs.isEmpty()) {
            String reason = "no body text found (" + (body.source() == FieldSource.PROFILE ? "profile" : "generic extractor") + ")";
            return Optional.of(articleUrl ? new ParseResult.Failed(page.url(), reason, null)
                    : new ParseResult.NotArticle(page.url(), "no main content: " + reason));
        }
        if (!articleUrl && body.source() == FieldSource.PROFILE) {
            // the generic extractor already told listings from articles; a profile body gets the same check here
            BodyContent cleaned = new BodyContent(paragraphs, body.content().images(), body.content().container());
            Optional<String> listing = prose.notArticleReason(doc, cleaned, meta.articleMarkup());
            if (listing.isPresent()) {
                return Optional.of(new ParseResult.NotArticle(page.url(), listing.get()));
            }
        }
        if (!meta.title().isPresent() && articleUrl) {
            // the profile promises an article here: a missing title means its rules no longer fit the page
            return Optional.of(new ParseResult.Failed(page.url(), NO_TITLE, null));
        }
        if (!meta.title().isPresent() && !mostlyLetters(paragraphs)) {
            return Optional.of(new ParseResult.NotArticle(page.url(), NO_TITLE + " and the text is not prose"));
        }
        return Optional.empty();
    }

    /** {@code doc} without the elements the profile's {@code extract.remove} selectors name. */
    private static Document withoutProfileChrome(Document doc, SiteProfile profile) {
        for (CssSelector remove : profile.extract().remove()) {
            doc.select(remove.evaluator()).remove();
        }
        return doc;
    }

    /**
     * The site's own article id: from the canonical URL when it is one of the site's article URLs (one article
     * reached through several URLs keeps one id), else from the fetched URL.
     */
    private static String siteArticleId(SiteProfile profile, String url, String canonicalUrl) {
        if (canonicalUrl != null && SiteProfile.hostOf(canonicalUrl).map(profile::covers).orElse(false)) {
            Optional<String> fromCanonical = profile.articleIdOf(canonicalUrl);
            if (fromCanonical.isPresent()) {
                return fromCanonical.get();
            }
        }
        return profile.articleIdOf(url).orElse(null);
    }

    /**
     * Whether at least 3/4 of the text's visible characters are letters: prose in any script is, while binary
     * noise or a dump of code is not. An untitled page must pass this to be an article.
     */
    private static boolean mostlyLetters(List<String> paragraphs) {
        long letters = 0;
        long visible = 0;
        for (String p : paragraphs) {
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (!Character.isWhitespace(c)) {
                    visible++;
                    if (Character.isLetter(c)) {
                        letters++;
                    }
                }
            }
        }
        return visible > 0 && letters * 4 >= visible * 3;
    }

    /**
     * {@code text} without U+FFFD: a record never carries one, whether the page spelled it, jsoup made it of a NUL
     * or a bad character reference, or a dropped byte sequence left none (the decoder drops those itself).
     */
    private static String visible(String text) {
        return text == null || text.indexOf('\uFFFD') < 0 ? text : text.replace("\uFFFD", "");
    }

    private static List<Author> visibleAuthors(List<Author> authors) {
        return authors == null ? null : authors.stream().map(a -> new Author(visible(a.name()), a.email())).toList();
    }

    private static List<Image> visibleImages(List<Image> images) {
        return images == null ? null : images.stream().map(i -> new Image(i.url(), visible(i.caption()), visible(i.credit()))).toList();
    }

    private static List<String> visible(List<String> texts) {
        if (texts == null) {
            return null;
        }
        for (String t : texts) {
            if (t.indexOf('\uFFFD') >= 0) {
                return texts.stream().map(ArticleParser::visible).filter(x -> !x.isBlank()).toList();
            }
        }
        return texts;
    }

    /** The body without a repeat of the headline, subtitle or site name (some layouts print them inside the body). */
    private static List<String> withoutRepeats(List<String> paragraphs, PageMetadata meta) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean repeat = p.equals(meta.site().value())
                    || i < 3 && (p.equals(meta.title().value()) || p.equals(meta.subtitle().value())
                            || p.equals(meta.section().value()) || VisibleDateLines.isDateLine(p));
            if (!repeat) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Authors by precedence: profile byline selector, profile {@code bylineText} in the body, metadata, generic
     * byline elements, a generic byline in the body. An e-mail printed in the body completes a metadata author.
     */
    private static Sourced<List<Author>> authors(Sourced<List<Author>> fromMeta, BylineFinder.Byline byline) {
        if (fromMeta.source() != FieldSource.PROFILE && byline.source() == FieldSource.PROFILE) {
            return Sourced.of(byline.authors(), FieldSource.PROFILE);
        }
        if (!fromMeta.isPresent()) {
            return byline.authors().isEmpty() ? Sourced.none() : Sourced.of(byline.authors(), byline.source());
        }
        List<Author> merged = new ArrayList<>();
        for (Author a : fromMeta.value()) {
            String email = a.email();
            for (Author b : byline.authors()) {
                if (email == null && b.name().equals(a.name())) {
                    email = b.email();
                }
            }
            merged.add(new Author(a.name(), email));
        }
        return Sourced.of(merged, fromMeta.source());
    }

    /** The body's photos; when the body has none, the lead image the metadata announces. */
    private static Sourced<List<Image>> images(List<Image> fromBody, FieldSource bodySource, Sourced<List<String>> lead) {
        if (!fromBody.isEmpty()) {
            return Sourced.of(fromBody, bodySource);
        }
        return lead.map(urls -> List.of(new Image(urls.get(0), null, null)));
    }

    private static void warnIfProfileMissed(List<String> warnings, SiteProfile profile, PageMetadata meta, Sourced<List<Author>> authors) {
        if (!profile.extract().title().isEmpty() && meta.title().source() != FieldSource.PROFILE) {
            warnings.add("profile title selectors " + profile.extract().title() + " matched nothing; title from " + meta.title().source());
        }
        if (!profile.extract().published().isEmpty() && meta.publishedAt().source() != FieldSource.PROFILE) {
            warnings.add("profile published selectors " + profile.extract().published() + " gave no date; publishedAt from "
                    + meta.publishedAt().source());
        }
        if ((!profile.extract().byline().isEmpty() || !profile.extract().bylineText().isEmpty()) && authors.source() != FieldSource.PROFILE) {
            warnings.add("profile byline rules found no author; authors from " + authors.source());
        }
    }

    private static Map<String, FieldSource> fieldSources(PageMetadata meta, Sourced<List<Author>> authors,
            FieldSource bodySource, Sourced<List<Image>> images) {
        Map<String, FieldSource> fields = new HashMap<>();
        fields.put("site", meta.site().source());
        fields.put("title", meta.title().source());
        fields.put("subtitle", meta.subtitle().source());
        fields.put("authors", authors.source());
        fields.put("publishedAt", meta.publishedAt().source());
        fields.put("modifiedAt", meta.modifiedAt().source());
        fields.put("section", meta.section().source());
        fields.put("language", meta.language().source());
        fields.put("canonicalUrl", meta.canonicalUrl().source());
        fields.put("paragraphs", bodySource);
        fields.put("images", images.source());
        fields.put("tags", meta.tags().source());
        return fields;
    }
}
