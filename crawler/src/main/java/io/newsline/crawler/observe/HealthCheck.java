package io.newsline.crawler.observe;

import java.util.Optional;

/** One check of {@code /health}: a name for the JSON body, and what is wrong (empty when healthy). Must be thread-safe. */
public interface HealthCheck {

    String name();

    /** Empty when healthy; otherwise what is wrong, for an operator. */
    Optional<String> problem();

    static HealthCheck of(String name, java.util.function.Supplier<Optional<String>> problem) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> problem() {
                return problem.get();
            }
        };
    }
}
