/**
 * The {@code newsline} command line (picocli): each command parses and checks its options, builds a typed
 * config, calls one entry point and maps the outcome to an exit code. No crawl logic lives here; progress
 * lines and the end-of-run summary are rendered here from the run's events.
 */
package io.newsline.crawler.cli;
