package io.newsline.crawler.run;

/**
 * What kind of failure a {@link CrawlListener#error(String, String, ErrorKind, String) reported error} is: what the
 * summary counts it under and whether the run can go on after it. The message is for people; decisions switch on
 * the kind.
 */
public enum ErrorKind {
    /** A page, sitemap or feed could not be fetched (5xx, timeout, connection refused, ...); the run goes on. */
    FETCH_FAILED("fetch failed", false),
    /** A host's robots.txt could not be read, so the host was not crawled this round. */
    ROBOTS_UNAVAILABLE("robots.txt unavailable", false),
    /** Kafka did not acknowledge a record; it stays pending for the next run. */
    NOT_DELIVERED("not delivered to Kafka", false),
    /** Extracting one page took longer than its time limit (a site-file regex that backtracks); dead-lettered. */
    EXTRACTION_TIME_LIMIT("extraction over its time limit", false),
    /** The work on one URL threw an unexpected exception (a bug); the URL is not retried, the run goes on. */
    TASK_FAILED("task failed", false),
    /** The crawl state could not be written (disk full, I/O error): nothing fetched now could be recorded. */
    STATE_STORE("crawl state unusable", true),
    /** The JVM threw an Error (out of memory, stack overflow) in a task: the process can no longer be trusted. */
    FATAL("fatal error", true),
    /** Any other failure: a sitemap, feed or listing page that was fetched but could not be read. */
    OTHER("other", false);

    private final String label;
    private final boolean stopsRun;

    ErrorKind(String label, boolean stopsRun) {
        this.label = label;
        this.stopsRun = stopsRun;
    }

    /** A few words for the summary ({@code "fetch failed"}). */
    public String label() {
        return label;
    }

    /** True when a run that meets this error stops taking new work and fails (exit 1). */
    public boolean stopsRun() {
        return stopsRun;
    }
}
