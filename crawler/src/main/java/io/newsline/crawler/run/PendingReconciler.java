package io.newsline.crawler.run;

import io.newsline.crawler.state.CrawlState;
import io.newsline.crawler.state.PendingPublication;
import io.newsline.publisher.PublisherConfig;
import io.newsline.publisher.TopicScan;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles the records a previous run sent but never saw acknowledged (it crashed, or the broker went away).
 * It reads the topic from the offsets where those runs started: a record found there is committed as
 * published; one not found is dropped from pending, so its URL is fetched and published again. Either way no
 * version is lost and none is published twice.
 */
final class PendingReconciler {
    private final CrawlState state;
    private final PublisherConfig kafka;
    private final String topic;
    private final CrawlListener listener;

    PendingReconciler(CrawlState state, PublisherConfig kafka, String topic, CrawlListener listener) {
        this.state = state;
        this.kafka = kafka;
        this.topic = topic;
        this.listener = listener;
    }

    void reconcile(Duration timeout) {
        List<PendingPublication> pending = state.pending();
        if (pending.isEmpty()) {
            return;
        }
        Set<Long> runs = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (PendingPublication p : pending) {
            runs.add(p.runId());
            keys.add(p.articleId());
        }
        Map<Integer, Long> from = state.startOffsets(runs);
        Map<String, Set<Integer>> found = TopicScan.findVersions(kafka.bootstrapServers(), kafka.client(), topic, from, keys, timeout);
        int committed = 0;
        int redo = 0;
        for (PendingPublication p : pending) {
            if (found.getOrDefault(p.articleId(), Set.of()).contains(p.version())) {
                state.acknowledged(p, null);
                committed++;
            } else {
                state.dropPending(p);
                redo++;
            }
        }
        listener.info("recovered " + pending.size() + " record(s) left unacknowledged by an earlier run: "
                + committed + " found in " + topic + ", " + redo + " to publish again");
    }
}
