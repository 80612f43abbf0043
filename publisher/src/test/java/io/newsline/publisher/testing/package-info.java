/**
 * Test support shipped in the publisher's test-jar for every module's tests: one real in-process Kafka broker per
 * JVM ({@link io.newsline.publisher.testing.TestBroker}) and a way to read back what reached it. No mocks of Kafka
 * live here, and nothing here is used by production code.
 */
package io.newsline.publisher.testing;
