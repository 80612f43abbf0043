package io.newsline.parser.body.generic;

import io.newsline.parser.eval.TokenF1;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises a heading that repeats the page title (Readability's test: three quarters of the heading's
 * tokens are in the title, and it is at least half as long). Tokens are {@link TokenF1}'s, so it works for
 * CJK titles too; the title is tokenised on first use only.
 */
final class TitleHeading {

    private final String title;
    private Set<String> titleTokens;

    TitleHeading(String title) {
        this.title = title == null ? "" : title;
    }

    /** True when a heading is the page title again (Readability: 75% of its tokens appear in the title). */
    boolean repeatsTitle(String heading) {
        if (titleTokens == null) {
            titleTokens = new HashSet<>(TokenF1.tokens(title));
        }
        if (titleTokens.isEmpty()) {
            return false;
        }
        List<String> headingTokens = TokenF1.tokens(heading);
        if (headingTokens.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String t : headingTokens) {
            if (titleTokens.contains(t)) {
                shared++;
            }
        }
        return shared >= 0.75 * headingTokens.size() && headingTokens.size() >= 0.5 * titleTokens.size();
    }
}
