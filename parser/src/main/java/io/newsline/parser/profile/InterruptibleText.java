package io.newsline.parser.profile;

/**
 * Text for a site-file regular expression that gives up when the thread is interrupted. A regular expression with
 * catastrophic backtracking ({@code ^(.*a){20}$}) reads its input millions of times and never looks at the
 * interrupt flag itself; this input looks every {@value #CHECK_EVERY} reads and throws
 * {@link ExtractionInterrupted}, which unwinds the match.
 */
final class InterruptibleText implements CharSequence {
    /** Reads between two looks at the flag: a look costs a field read; 1024 reads of a match take microseconds. */
    static final int CHECK_EVERY = 1024;

    private final CharSequence text;
    private final TextPattern pattern;
    private int untilCheck = CHECK_EVERY;

    InterruptibleText(CharSequence text, TextPattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    @Override
    public char charAt(int index) {
        if (--untilCheck == 0) {
            untilCheck = CHECK_EVERY;
            if (Thread.currentThread().isInterrupted()) {
                throw ExtractionInterrupted.whileMatching(pattern);
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end); // matched groups only, copied out by Matcher.group
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
