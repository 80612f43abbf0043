package io.newsline.crawler.state;

import java.util.Objects;

/**
 * The articles topic and the Kafka cluster a crawl state describes: its URLs are "done" and its versions "published"
 * only there. A state used against another topic or cluster would publish nothing ("unchanged") that is not there.
 *
 * @param clusterId the Kafka cluster's id, fixed when its storage was formatted
 * @param topic     the articles topic
 */
public record StateBinding(String clusterId, String topic) {
    public StateBinding {
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(topic, "topic");
    }

    /** {@code topic 'news.articles' on Kafka cluster 'q1Sh...'}. */
    public String describe() {
        return "topic '" + topic + "' on Kafka cluster '" + clusterId + "'";
    }
}
