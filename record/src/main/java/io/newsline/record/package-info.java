/**
 * The record of the articles and dead-letter topics, all a downstream Java consumer needs to read them:
 * {@link io.newsline.record.ArticleRecord} and {@link io.newsline.record.DeadLetter} (schema version 1, documented in
 * {@code schema/*.json} on this jar's classpath), their JSON codecs, the header names, and Kafka
 * {@link io.newsline.record.ArticleRecordDeserializer} / {@link io.newsline.record.ArticleRecordSerializer}.
 * Depends on Jackson and {@code kafka-clients} only: nothing here knows the parser, HTML, the broker or the crawler
 * (an ArchUnit test keeps it so); mapping a parsed article to a record is the publisher's job.
 */
package io.newsline.record;
