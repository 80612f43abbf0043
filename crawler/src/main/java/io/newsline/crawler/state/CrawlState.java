package io.newsline.crawler.state;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The crawl's memory across runs. Implementations are thread-safe and durable: what a method has returned
 * from is on disk and survives a kill -9.
 */
public interface CrawlState extends AutoCloseable {

    Optional<UrlState> url(String url);

    /** Records a visit (or a discovery) of a URL, replacing what was known. */
    void saveUrl(UrlState state);

    /** Adds the URL as NEW and due now unless it is already known. Returns true when it was new. */
    boolean discover(String url, UrlKind kind, Instant now);

    /** Article URLs due at {@code now}, oldest due first, at most {@code limit}. */
    List<UrlState> due(UrlKind kind, Instant now, int limit);

    Optional<ArticleVersion> article(String articleId);

    /** Marks a record as sent; see {@link PendingPublication}. */
    void addPending(PendingPublication pending);

    /** The broker acknowledged it: commits the article's new version and the URL's state, and drops the pending mark, atomically. */
    void acknowledged(PendingPublication pending, UrlState urlState);

    /** Drops a pending mark without committing a version (the record is known not to be in the topic). */
    void dropPending(PendingPublication pending);

    List<PendingPublication> pending();

    /** Starts a run: remembers the articles topic's end offsets at this moment. Returns the run id. */
    long startRun(Instant now, Map<Integer, Long> topicEndOffsets);

    /** The end offsets remembered when these runs started (per partition, the smallest). */
    Map<Integer, Long> startOffsets(Collection<Long> runIds);

    long countUrls();

    /** When each host was last asked (the start or end of a request), so that politeness holds across a restart. */
    Map<String, Instant> lastAsked();

    /** A request to {@code host} is under way at {@code at}; kept, like everything here, across a kill -9. */
    void asked(String host, Instant at);

    /** The topic and cluster this state describes, once recorded. */
    Optional<StateBinding> binding();

    /** Records the topic and cluster this state describes, replacing what was recorded. */
    void bind(StateBinding binding);

    /**
     * Forgets every URL, article version, pending record and run, and records {@code binding}, atomically: the next
     * run discovers and publishes everything again, to {@code binding}'s topic.
     */
    void reset(StateBinding binding);

    @Override
    void close();
}
