package io.newsline.publisher;

/** Where the broker stored an acknowledged record. */
public record Delivery(String topic, int partition, long offset) {
}
