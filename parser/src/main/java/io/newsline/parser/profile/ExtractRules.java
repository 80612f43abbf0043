package io.newsline.parser.profile;

import java.util.List;

/**
 * A site's extraction rules. Each selector list is tried in order; the first that yields a value wins. When
 * none does, the extractor falls back to page metadata, then to the generic extractor, and says so in the
 * record's {@code extraction}.
 *
 * @param title     the headline
 * @param subtitle  the sub-headline / deck
 * @param body      the article body container(s)
 * @param byline    elements holding the reporter's name (and e-mail)
 * @param published elements (or meta tags) holding the publication date
 * @param modified  elements (or meta tags) holding the last-modified date
 * @param section   elements holding the section name
 * @param caption   photo caption elements (inside or beside the body)
 * @param remove    chrome to delete before anything is read (login box, comments, share bars, related lists, ads)
 * @param dropText  paragraphs matching any of these are dropped (copyright lines, "무단전재 및 재배포 금지")
 * @param bylineText patterns finding a byline inside the body text; named groups {@code name} and optionally
 *                  {@code email}; a matched byline becomes an author and leaves the body
 */
public record ExtractRules(
        List<CssSelector> title,
        List<CssSelector> subtitle,
        List<CssSelector> body,
        List<CssSelector> byline,
        List<CssSelector> published,
        List<CssSelector> modified,
        List<CssSelector> section,
        List<CssSelector> caption,
        List<CssSelector> remove,
        List<TextPattern> dropText,
        List<TextPattern> bylineText) {

    public static final ExtractRules NONE = new ExtractRules(null, null, null, null, null, null, null, null, null, null, null);

    public ExtractRules {
        title = copy(title);
        subtitle = copy(subtitle);
        body = copy(body);
        byline = copy(byline);
        published = copy(published);
        modified = copy(modified);
        section = copy(section);
        caption = copy(caption);
        remove = copy(remove);
        dropText = copy(dropText);
        bylineText = copy(bylineText);
    }

    /** Every selector of these rules, each once. */
    public List<CssSelector> selectors() {
        List<CssSelector> all = new java.util.ArrayList<>();
        for (List<CssSelector> list : List.of(title, subtitle, body, byline, published, modified, section, caption, remove)) {
            all.addAll(list);
        }
        return all;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
