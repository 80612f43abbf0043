package io.newsline.parser.meta;

import io.newsline.parser.FieldSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sources of one field in precedence order; {@link #first()} asks them in turn and keeps the first that
 * yields a value. Sources are suppliers so that expensive ones (a text scan) run only when needed.
 */
final class FieldChain<T> {
    private record Step<T>(FieldSource source, Supplier<Optional<T>> value) {
    }

    private final List<Step<T>> steps = new ArrayList<>();

    static <T> FieldChain<T> start() {
        return new FieldChain<>();
    }

    FieldChain<T> then(FieldSource source, Supplier<Optional<T>> value) {
        steps.add(new Step<>(source, value));
        return this;
    }

    Sourced<T> first() {
        for (Step<T> step : steps) {
            Optional<T> v = step.value().get();
            if (v.isPresent()) {
                return Sourced.of(v.get(), step.source());
            }
        }
        return Sourced.none();
    }
}
