package io.newsline.crawler.politeness;

/** Whether robots.txt lets Newsline fetch a URL. */
public enum RobotsVerdict {
    /** Allowed (also when the site has no robots.txt: 4xx). */
    ALLOWED,
    /** Disallowed for the {@code newsline} token. */
    DENIED,
    /** robots.txt could not be read (5xx, 429, timeout, connection error): do not crawl the site now, retry later. */
    DEFER,
    /**
     * The site's address is loopback, private or otherwise internal and the SSRF guard refused to connect: nothing
     * on the site is fetched (map the host with --resolve or allow private addresses if that is intended).
     */
    BLOCKED
}
