package io.newsline.parser.profile;

/**
 * How much of a site's sitemaps one run reads, so that a sitemap index that links on and on (or lists thousands of
 * sitemaps) cannot keep a run going forever. Sitemaps cut by these caps are skipped for the run and reported with
 * the setting to raise.
 *
 * @param maxSitemapDepth   how many sitemap index levels are followed below a start sitemap (default
 *                          {@value #MAX_SITEMAP_DEPTH}): a start sitemap is level 0, the sitemaps its index lists
 *                          level 1, and so on. The protocol allows one level (an index lists sitemaps, not indexes);
 *                          some sites nest indexes once more (years, then months); 3 leaves room for that and ends a
 *                          chain of indexes after four fetches
 * @param maxSitemapsPerRun how many sitemaps of the site are fetched in one run, start sitemaps and robots.txt
 *                          sitemaps included (default {@value #MAX_SITEMAPS_PER_RUN}): at the default 1 s per-host
 *                          delay that is over three minutes of the host's time per run, more than a news site's
 *                          recent sitemaps need, and a run over an index of thousands of daily sitemaps still ends
 * @param maxLinkedPerRun   how many article URLs found only as links on the site's fetched article pages ("most read",
 *                          "related") one run follows (default {@value #MAX_LINKED_PER_RUN}; 0 follows none): an
 *                          article page links a dozen others, most of them already known, so a hundred new ones a
 *                          run is what a busy site's link lists add, and a web of links cannot grow a run without end
 */
public record Discovery(Integer maxSitemapDepth, Integer maxSitemapsPerRun, Integer maxLinkedPerRun) {
    public static final int MAX_SITEMAP_DEPTH = 3;
    public static final int MAX_SITEMAPS_PER_RUN = 200;
    public static final int MAX_LINKED_PER_RUN = 100;
    public static final Discovery DEFAULT = new Discovery(null, null, null);

    /** The sitemap caps given, the default link cap. */
    public Discovery(Integer maxSitemapDepth, Integer maxSitemapsPerRun) {
        this(maxSitemapDepth, maxSitemapsPerRun, null);
    }

    public Discovery {
        maxSitemapDepth = maxSitemapDepth == null ? MAX_SITEMAP_DEPTH : maxSitemapDepth;
        maxSitemapsPerRun = maxSitemapsPerRun == null ? MAX_SITEMAPS_PER_RUN : maxSitemapsPerRun;
        maxLinkedPerRun = maxLinkedPerRun == null ? MAX_LINKED_PER_RUN : maxLinkedPerRun;
        if (maxLinkedPerRun < 0) {
            throw new IllegalArgumentException("maxLinkedPerRun: expected a whole number >= 0 (0 follows no links), got " + maxLinkedPerRun);
        }
        if (maxSitemapDepth < 0) {
            throw new IllegalArgumentException("maxSitemapDepth: expected a whole number >= 0 (0 reads start sitemaps only), got " + maxSitemapDepth);
        }
        if (maxSitemapsPerRun < 1) {
            throw new IllegalArgumentException("maxSitemapsPerRun: expected a whole number >= 1, got " + maxSitemapsPerRun);
        }
    }
}
