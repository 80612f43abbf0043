package io.newsline.crawler.archive;

import java.util.Locale;

/** Why a WARC record was not published by {@code newsline replay}: what the summary counts. */
public enum ReplaySkip {
    /** A {@code revisit} record: it holds no payload of its own. */
    REVISIT,
    /** A {@code request}, {@code metadata}, {@code warcinfo}, {@code resource}, ... record: no HTTP response. */
    NOT_RESPONSE,
    /** A response whose payload is not HTML (images, feeds, robots.txt). */
    NOT_HTML,
    /** A response other than 200 (redirects, errors). */
    HTTP_STATUS,
    /** Left out by {@code --url-pattern}, {@code --host}, {@code --since} or {@code --until}. */
    FILTERED,
    /** Its host has no site file in {@code --seeds}. */
    NO_SITE_FILE,
    /** A payload above the page size limit. */
    TOO_LARGE,
    /** The parser found no article on the page. */
    NOT_ARTICLE,
    /** The extraction failed (or ran over its time limit). */
    FAILED,
    /** Its content equals the article's last published version. */
    UNCHANGED;

    /** The label in the summary: {@code not-html}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
