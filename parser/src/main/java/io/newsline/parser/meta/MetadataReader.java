package io.newsline.parser.meta;

import static io.newsline.parser.FieldSource.GENERIC;
import static io.newsline.parser.FieldSource.METADATA;
import static io.newsline.parser.FieldSource.PROFILE;
import static io.newsline.parser.FieldSource.URL;

import io.newsline.parser.Author;
import io.newsline.parser.eval.TokenF1;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.CssSelector;
import io.newsline.parser.profile.SelectorMatches;
import io.newsline.parser.profile.SiteProfile;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a page's {@link PageMetadata}. Every field is taken from the first source that has it, in this order:
 * the profile's selectors, JSON-LD, OpenGraph and {@code article:*} meta, other meta tags (Dublin Core, Parse.ly,
 * Sailthru, {@code name=date}, ...), microdata, {@code <time datetime>}, visible date lines, the URL. Dates outside
 * 1990 .. fetch time + 1 day are skipped as if absent. Must run before chrome removal (headers and date lines
 * sit in chrome). Thread-safe.
 */
public final class MetadataReader {
    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time", "og:article:published_time",
        "datepublished", "date", "pubdate", "publishdate", "publish-date", "published_time", "article.published",
        "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created", "dc.date.created", "parsely-pub-date",
        "sailthru.date", "date.release", "originalpublicationdate", "cxenseparse:recs:publishtime", "article_date_original",
        "apub:time", "og:release_date", "release_date", "article:create_at"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "og:article:modified_time",
        "datemodified", "last-modified", "lastmod", "article.updated", "dcterms.modified", "dc.date.modified",
        "article_date_updated"};
    private static final String[] AUTHOR_META = {"author", "article:author", "og:article:author", "parsely-author",
        "sailthru.author", "dc.creator", "dcterms.creator", "byl", "cxenseparse:author"};
    private static final String[] TITLE_META = {"parsely-title", "sailthru.title", "dc.title", "dcterms.title",
        "twitter:title", "title", "headline"};

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");

    private final DateParser dates = new DateParser();

    /** Reads the metadata of {@code doc}, the parsed form of {@code page}, with the rules of {@code profile}. */
    public PageMetadata read(Document doc, Page page, SiteProfile profile) {
        Objects.requireNonNull(doc, "doc");
        SelectorMatches matches = SelectorMatches.of(doc, profile.extract());
        DocumentFacts facts = new DocumentFacts();
        NodeTraversor.traverse((node, depth) -> {
            matches.head(node, depth);
            facts.head(node, depth);
        }, doc);
        return read(facts, matches, page, profile);
    }

    /**
     * Reads the metadata from facts and selector matches gathered in a walk of the page's document that the
     * caller shares with other stages. Must run before chrome removal changes the document.
     */
    public PageMetadata read(DocumentFacts facts, SelectorMatches matches, Page page, SiteProfile profile) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(matches, "matches");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(profile, "profile");
        return new Reading(matches, page, profile, facts, dates).metadata();
    }

    /** One page being read: the facts gathered once, and a method per field. */
    private static final class Reading {
        private final SelectorMatches matches;
        private final Page page;
        private final SiteProfile profile;
        private final DocumentFacts facts;
        private final JsonLdArticle ld;
        private final DateParser dates;
        private final DateWindow window;
        private final ZoneId zone;
        private VisibleDateLines.Found dateLines;
        private Optional<String> unlabeledDate;

        Reading(SelectorMatches matches, Page page, SiteProfile profile, DocumentFacts facts, DateParser dates) {
            this.matches = matches;
            this.page = page;
            this.profile = profile;
            this.facts = facts;
            this.ld = JsonLdReader.read(facts.jsonLd);
            this.dates = dates;
            this.window = DateWindow.forFetch(page.fetchedAt());
            // a profile names its zone; without one, Korean (Japanese, ...) pages print their own country's time
            this.zone = profile.isGeneric()
                    ? Zones.forPage(language().asOptional().orElse(null), SiteProfile.hostOf(page.url()).orElse(null)).orElse(profile.timezone())
                    : profile.timezone();
        }

        PageMetadata metadata() {
            Sourced<String> site = site();
            return new PageMetadata(site, title(site), subtitle(), authors(), published(), modified(), section(),
                    language(), canonicalUrl(), tags(), leadImages(), paywalled(), articleMarkup(),
                    foreignCanonicalUrl());
        }

        /**
         * Whether the page says its content is not free: JSON-LD {@code isAccessibleForFree: false} (or a part so
         * marked), the same as a meta or microdata property, or {@code article:content_tier} {@code locked}.
         * Newsline only reports it; it never tries to get past a paywall.
         */
        private boolean paywalled() {
            return Boolean.FALSE.equals(ld.free())
                    || facts.meta.first("isaccessibleforfree").map(v -> v.equalsIgnoreCase("false")).orElse(false)
                    || facts.meta.first("article:content_tier").map(v -> v.equalsIgnoreCase("locked")).orElse(false);
        }

        private Sourced<String> site() {
            if (!profile.isGeneric()) {
                return Sourced.of(profile.site(), PROFILE);
            }
            return FieldChain.<String>start()
                    .then(METADATA, () -> facts.meta.first("og:site_name", "application-name", "al:ios:app_name"))
                    .then(METADATA, () -> Optional.ofNullable(ld.publisher()))
                    .then(URL, () -> Optional.of(profile.site()))
                    .first();
        }

        private Sourced<String> title(Sourced<String> site) {
            List<String> siteNames = new ArrayList<>();
            siteNames.add(site.value());
            siteNames.add(profile.site());
            facts.meta.first("og:site_name").ifPresent(siteNames::add);
            SiteProfile.hostOf(page.url()).ifPresent(siteNames::add);
            // the page's own h1, when the candidate holds it as a part, is the exact headline: no rule needed
            Function<String, Optional<String>> clean = t -> TitleCleaner.headingIn(t, facts.h1Texts, siteNames)
                    .or(() -> TitleCleaner.completion(t, facts.h1Texts))
                    .or(() -> nonBlank(TitleCleaner.clean(t, siteNames, false)));
            Function<String, Optional<String>> cleanTitleTag = t -> TitleCleaner.headingIn(t, facts.h1Texts, siteNames)
                    .or(() -> nonBlank(TitleCleaner.clean(t, siteNames, true)));
            return FieldChain.<String>start()
                    .then(PROFILE, () -> profileText(profile.extract().title()).filter(t -> !siteNames.contains(t)))
                    // what readers saw wins over a JSON-LD headline that differs from it only in punctuation or quotes
                    .then(GENERIC, () -> Optional.ofNullable(ld.headline()).flatMap(h -> TitleCleaner.sameWords(h, facts.h1Texts)
                            .filter(shown -> !shown.equals(h))))
                    .then(METADATA, () -> Optional.ofNullable(ld.headline()).flatMap(clean)
                            .filter(headline -> agreesWithPageHeading(headline, siteNames)))
                    .then(METADATA, () -> facts.meta.first("og:title").flatMap(clean))
                    .then(METADATA, () -> facts.meta.first(TITLE_META).flatMap(clean))
                    .then(METADATA, () -> facts.itemprop("headline").map(Element::text).flatMap(clean))
                    .then(GENERIC, () -> Optional.ofNullable(facts.title).flatMap(t -> TitleCleaner.headingIn(t, facts.h1Texts, siteNames)))
                    .then(GENERIC, () -> Optional.ofNullable(facts.firstH1Text).flatMap(clean)
                            .filter(t -> !isSiteName(t, siteNames))
                            .filter(h1 -> !outranksHeading(facts.title, h1, siteNames)))
                    .then(METADATA, () -> Optional.ofNullable(facts.title).flatMap(cleanTitleTag))
                    .first();
        }

        /**
         * False when the JSON-LD headline holds no more than half the words of the headline the page shows in both
         * its {@code <title>} and an {@code <h1>}: then it describes the page (Wikipedia puts the Wikidata
         * description there) rather than naming it. A longer version of the shown headline agrees. True when the
         * page shows no such headline.
         */
        private boolean agreesWithPageHeading(String headline, List<String> siteNames) {
            if (facts.title == null) {
                return true;
            }
            Optional<String> shown = TitleCleaner.headingIn(facts.title, facts.h1Texts, siteNames);
            if (shown.isEmpty()) {
                return true;
            }
            List<String> shownWords = TokenF1.tokens(shown.get());
            Set<String> words = new HashSet<>(TokenF1.tokens(headline));
            long kept = shownWords.stream().filter(words::contains).count();
            return kept * 2 > shownWords.size();
        }

        /**
         * Whether the page's {@code <title>} names the article better than its first {@code <h1>}: when neither holds
         * the other and the title is the longer, the h1 is a logo or a section's name (a site's name as the title
         * never wins).
         */
        private static boolean outranksHeading(String titleTag, String h1, List<String> siteNames) {
            if (titleTag == null || titleTag.isBlank()) {
                return false;
            }
            String title = TitleCleaner.clean(titleTag, siteNames, true);
            if (title.isBlank() || isSiteName(title, siteNames)) {
                return false;
            }
            String t = title.toLowerCase(java.util.Locale.ROOT);
            String h = h1.toLowerCase(java.util.Locale.ROOT);
            return !t.contains(h) && !h.contains(t) && title.length() > h1.length();
        }

        private Sourced<String> subtitle() {
            return FieldChain.<String>start()
                    .then(PROFILE, () -> profileText(profile.extract().subtitle()))
                    .then(METADATA, () -> Optional.ofNullable(ld.alternativeHeadline()))
                    .then(METADATA, () -> facts.itemprop("alternativeHeadline").map(Element::text).flatMap(MetadataReader::nonBlank))
                    .then(GENERIC, () -> Optional.ofNullable(facts.h1Subtitle))
                    .first();
        }

        private Sourced<List<Author>> authors() {
            return FieldChain.<List<Author>>start()
                    .then(PROFILE, () -> profileText(profile.extract().byline()).map(t -> BylineFinder.namesIn(t, null)).filter(l -> !l.isEmpty()))
                    .then(METADATA, () -> Optional.of(ld.authors()).filter(l -> !l.isEmpty()))
                    .then(METADATA, () -> facts.meta.first(AUTHOR_META).filter(a -> !a.startsWith("http"))
                            .map(a -> BylineFinder.namesIn(a, null)).filter(l -> !l.isEmpty()))
                    .then(METADATA, () -> facts.itemprop("author").map(MetadataReader::microdataName)
                            .map(a -> BylineFinder.namesIn(a, null)).filter(l -> !l.isEmpty()))
                    .then(GENERIC, () -> facts.bylineElements.stream().map(Element::text).filter(t -> t.length() < 100)
                            .map(t -> BylineFinder.namesIn(t, null)).filter(l -> !l.isEmpty()).findFirst())
                    .then(GENERIC, () -> DateLineAuthors.in(facts.dateLabelTexts))
                    .first();
        }

        private Sourced<OffsetDateTime> published() {
            Sourced<DateParser.Reading> found = FieldChain.<DateParser.Reading>start()
                    .then(PROFILE, () -> firstReading(profileValues(profile.extract().published())))
                    .then(METADATA, () -> firstReading(optionalList(ld.datePublished())))
                    .then(METADATA, () -> firstReading(facts.meta.all(PUBLISHED_META)))
                    .then(METADATA, () -> firstReading(facts.itemprop("datePublished").map(MetadataReader::valueOf).stream().toList()))
                    .then(METADATA, () -> firstReading(Optional.ofNullable(facts.firstTime).map(t -> t.attr("datetime")).stream().toList()))
                    .then(GENERIC, () -> firstReading(dateLines().publishedText().stream().toList()))
                    .then(GENERIC, () -> firstReading(Optional.ofNullable(facts.relativeTimeTitle).stream().toList()))
                    .then(GENERIC, () -> firstReading(unlabeledDate().stream().toList()))
                    .then(URL, () -> firstReading(UrlDate.in(page.url()).stream().toList()))
                    .first();
            if (found.isPresent() && !found.value().hasTime()) {
                Optional<OffsetDateTime> sameDay = visibleTimeOn(found.value().value());
                if (sameDay.isPresent()) {
                    return Sourced.of(sameDay.get(), GENERIC);
                }
            }
            return found.map(DateParser.Reading::value);
        }

        /** The date line's time when it prints one on {@code day}: a date-only meta tag is right about the day only. */
        private Optional<OffsetDateTime> visibleTimeOn(OffsetDateTime day) {
            List<String> lines = new ArrayList<>(2);
            dateLines().publishedText().ifPresent(lines::add);
            unlabeledDate().ifPresent(lines::add);
            for (String line : lines) {
                Optional<DateParser.Reading> r = dates.read(line, zone).filter(d -> window.contains(d.value()));
                if (r.isPresent() && r.get().hasTime()
                        && r.get().value().atZoneSameInstant(zone).toLocalDate().equals(day.atZoneSameInstant(zone).toLocalDate())) {
                    return Optional.of(r.get().value());
                }
            }
            return Optional.empty();
        }

        private Sourced<OffsetDateTime> modified() {
            return FieldChain.<OffsetDateTime>start()
                    .then(PROFILE, () -> firstDate(profileValues(profile.extract().modified())))
                    .then(METADATA, () -> firstDate(optionalList(ld.dateModified())))
                    .then(METADATA, () -> firstDate(facts.meta.all(MODIFIED_META)))
                    .then(METADATA, () -> firstDate(facts.itemprop("dateModified").map(MetadataReader::valueOf).stream().toList()))
                    .then(GENERIC, () -> firstDate(dateLines().modifiedText().stream().toList()))
                    .first();
        }

        private Sourced<String> section() {
            return FieldChain.<String>start()
                    .then(PROFILE, () -> profileText(profile.extract().section()))
                    .then(METADATA, () -> Optional.ofNullable(ld.section()))
                    .then(METADATA, () -> facts.meta.first("article:section", "og:article:section", "section",
                            "article.section", "parsely-section", "sailthru.section", "category"))
                    .then(METADATA, () -> facts.itemprop("articleSection").map(MetadataReader::valueOf).flatMap(MetadataReader::nonBlank))
                    .first();
        }

        private Sourced<String> language() {
            return FieldChain.<String>start()
                    .then(METADATA, () -> Languages.normalize(facts.htmlLang))
                    .then(METADATA, () -> Languages.normalize(ld.language()))
                    .then(METADATA, () -> facts.meta.first("og:locale", "content-language", "language", "dc.language")
                            .flatMap(Languages::normalize))
                    .then(PROFILE, () -> Optional.ofNullable(profile.language()))
                    .then(GENERIC, () -> Languages.fromScript(facts.title))
                    .then(GENERIC, () -> Languages.fromScript(facts.meta.first("og:title").orElse(null)))
                    .first();
        }

        private Sourced<String> canonicalUrl() {
            return declaredCanonicalUrls().stream().filter(this::onProfileHost).findFirst()
                    .map(u -> Sourced.of(u, METADATA))
                    .orElse(Sourced.of(page.url(), URL));
        }

        /** The first declared canonical URL when none is on the profile's hosts. */
        private Optional<String> foreignCanonicalUrl() {
            List<String> declared = declaredCanonicalUrls();
            return declared.stream().anyMatch(this::onProfileHost) ? Optional.empty() : declared.stream().findFirst();
        }

        /** What the page names as its canonical URL, most explicit first, absolute. */
        private List<String> declaredCanonicalUrls() {
            List<String> declared = new ArrayList<>(3);
            Optional.ofNullable(facts.canonical).ifPresent(declared::add);
            facts.meta.first("og:url").flatMap(u -> Urls.absolute(page.url(), u)).ifPresent(declared::add);
            Optional.ofNullable(ld.url()).flatMap(u -> Urls.absolute(page.url(), u)).ifPresent(declared::add);
            return declared;
        }

        /** True when {@code url} is on one of the profile's hosts (the generic profile's one host is the page's). */
        private boolean onProfileHost(String url) {
            return SiteProfile.hostOf(url).map(profile::covers).orElse(false);
        }

        private Sourced<List<String>> tags() {
            return FieldChain.<List<String>>start()
                    .then(METADATA, () -> Optional.of(ld.keywords()).filter(l -> !l.isEmpty()))
                    .then(METADATA, () -> Optional.of(facts.meta.all("article:tag", "og:article:tag")).filter(l -> !l.isEmpty()))
                    .then(METADATA, () -> facts.meta.first("news_keywords", "keywords", "parsely-tags", "sailthru.tags")
                            .map(MetadataReader::commaList).filter(l -> !l.isEmpty()))
                    .first()
                    .map(MetadataReader::distinct);
        }

        private Sourced<List<String>> leadImages() {
            return FieldChain.<List<String>>start()
                    .then(METADATA, () -> absoluteAll(facts.meta.all("og:image", "og:image:url", "og:image:secure_url")))
                    .then(METADATA, () -> absoluteAll(ld.images()))
                    .then(METADATA, () -> absoluteAll(facts.meta.all("twitter:image", "twitter:image:src", "parsely-image-url")))
                    .first();
        }

        private boolean articleMarkup() {
            return ld.isPresent() || facts.meta.first("og:type").filter(t -> t.toLowerCase(Locale.ROOT).contains("article")).isPresent()
                    || facts.meta.first("article:published_time").isPresent();
        }

        private VisibleDateLines.Found dateLines() {
            if (dateLines == null) {
                dateLines = VisibleDateLines.find(facts.dateLabelTexts);
            }
            return dateLines;
        }

        private Optional<String> unlabeledDate() {
            if (unlabeledDate == null) {
                unlabeledDate = VisibleDateLines.firstUnlabeled(facts.dateLabelTexts, facts.dateTextsBeforeH1);
            }
            return unlabeledDate;
        }

        private Optional<DateParser.Reading> firstReading(Collection<String> candidates) {
            for (String candidate : candidates) {
                Optional<DateParser.Reading> date = dates.read(candidate, zone).filter(d -> window.contains(d.value()));
                if (date.isPresent()) {
                    return date;
                }
            }
            return Optional.empty();
        }

        private Optional<OffsetDateTime> firstDate(Collection<String> candidates) {
            for (String candidate : candidates) {
                Optional<OffsetDateTime> date = dates.parse(candidate, zone).filter(window::contains);
                if (date.isPresent()) {
                    return date;
                }
            }
            return Optional.empty();
        }

        private Optional<String> profileText(List<CssSelector> selectors) {
            for (CssSelector selector : selectors) {
                Optional<String> text = matches.first(selector).map(MetadataReader::valueOf).flatMap(MetadataReader::nonBlank);
                if (text.isPresent()) {
                    return text;
                }
            }
            return Optional.empty();
        }

        private List<String> profileValues(List<CssSelector> selectors) {
            List<String> out = new ArrayList<>();
            for (CssSelector selector : selectors) {
                matches.first(selector).map(MetadataReader::valueOf).ifPresent(out::add);
            }
            return out;
        }

        private Optional<List<String>> absoluteAll(List<String> urls) {
            List<String> out = urls.stream().map(u -> Urls.absolute(page.url(), u)).flatMap(Optional::stream).distinct().toList();
            return out.isEmpty() ? Optional.empty() : Optional.of(out);
        }
    }

    /** An element's value: a meta's content, a time's datetime, else its text. */
    private static String valueOf(Element el) {
        if (el.hasAttr("content")) {
            return el.attr("content");
        }
        if (el.hasAttr("datetime")) {
            return el.attr("datetime");
        }
        return el.text();
    }

    private static String microdataName(Element author) {
        Element name = author.selectFirst("[itemprop=name]");
        return name != null ? valueOf(name) : valueOf(author);
    }

    private static boolean isSiteName(String text, List<String> siteNames) {
        return siteNames.stream().anyMatch(s -> s != null && s.equalsIgnoreCase(text.strip()));
    }

    private static Optional<String> nonBlank(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = WHITESPACE.matcher(s).replaceAll(" ").strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    private static List<String> optionalList(String s) {
        return s == null ? List.of() : List.of(s);
    }

    private static List<String> commaList(String s) {
        List<String> out = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(s)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static List<String> distinct(List<String> tags) {
        return new ArrayList<>(new LinkedHashSet<>(tags)).stream().limit(50).toList();
    }
}
