package io.newsline.parser;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs work that gets stuck in a regular expression on a thread of its own, interrupts that thread once it is
 * seen inside one, and reports how the work ended. Waits by polling with generous limits that
 * only a broken interrupt check reaches; nothing is asserted about how fast the match stops.
 */
public final class InterruptInsideRegex {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    /** How the work ended: what it threw (null: it returned), and whether its thread was still interrupted then. */
    public record Ending(Throwable thrown, boolean stillInterrupted) {
    }

    private InterruptInsideRegex() {
    }

    /** Interrupts {@code work} once it is seen inside any regular expression. */
    public static Ending run(Runnable work) {
        return run(work, "java.util.regex.");
    }

    /** Interrupts {@code work} once it is seen inside a regular expression called from a class named {@code caller}. */
    public static Ending run(Runnable work, String caller) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                thrown.set(e);
            } finally {
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        }, "stuck-in-a-regex");
        worker.setDaemon(true); // should the interrupt check ever break, the match must not keep the test JVM alive
        worker.start();
        poll("the work to enter java.util.regex", () -> {
            if (!worker.isAlive()) {
                throw new AssertionError("the work ended without entering a regular expression", thrown.get());
            }
            StackTraceElement[] stack = worker.getStackTrace();
            return stack.length > 0 && stack[0].getClassName().startsWith("java.util.regex.")
                    && Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith(caller));
        });
        worker.interrupt();
        poll("the match to stop after the interrupt", () -> !worker.isAlive());
        return new Ending(thrown.get(), stillInterrupted.get());
    }

    private static void poll(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + LIMIT.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(10); // polling interval only
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
