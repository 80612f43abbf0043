/**
 * JMH benchmarks of the parser (test scope only): throughput in pages per second on one thread over a fixed
 * set of real pages copied under src/test/resources/devsets/readability. Not run by the test suite; see
 * {@link io.newsline.parser.bench.ParseBenchmark} for the command.
 */
package io.newsline.parser.bench;
