/**
 * The Kafka side of {@code newsline worker}: the frontier and crawl-state topics and their partitioning
 * ({@link io.newsline.publisher.work.FrontierTopics}), the session over the frontier with its transaction
 * ({@link io.newsline.publisher.work.WorkSession}, {@link io.newsline.publisher.work.WorkTransaction},
 * {@link io.newsline.publisher.work.Outgoing}) and the catch-up of local state copies
 * ({@link io.newsline.publisher.work.StateTopicReader}). The crawler reaches Kafka through these Newsline-typed
 * classes and never imports {@code org.apache.kafka} itself. Nothing here knows URL states, politeness or the
 * crawl engine: the state travels as keys and bytes the crawler encodes.
 */
package io.newsline.publisher.work;
