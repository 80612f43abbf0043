package io.newsline.parser.meta;

import io.newsline.parser.FieldSource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** A field value and where it came from. {@link #none()} holds no value and source {@link FieldSource#NONE}. */
public record Sourced<T>(T value, FieldSource source) {
    private static final Sourced<?> NONE = new Sourced<>(null, FieldSource.NONE);

    public Sourced {
        Objects.requireNonNull(source, "source");
        if ((value == null) != (source == FieldSource.NONE)) {
            throw new IllegalArgumentException("a value needs a source other than NONE, and NONE needs no value");
        }
    }

    public static <T> Sourced<T> of(T value, FieldSource source) {
        return value == null ? none() : new Sourced<>(value, source);
    }

    @SuppressWarnings("unchecked")
    public static <T> Sourced<T> none() {
        return (Sourced<T>) NONE;
    }

    public boolean isPresent() {
        return value != null;
    }

    public Optional<T> asOptional() {
        return Optional.ofNullable(value);
    }

    public <R> Sourced<R> map(Function<T, R> f) {
        return value == null ? none() : of(f.apply(value), source);
    }
}
