package io.newsline.parser.body.generic;

import io.newsline.parser.eval.TokenF1;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a heading that repeats the page title (Readability's test: three quarters of the heading's
 * tokens are in the title, and it is at least half as long). Tokens are {@link TokenF1}'s, so it works for
 * CJK titles too; the title is tokenised on first use only.
 */
final class TitleHeading {

    private static final int MAX_TITLE_LINE = 100;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]|\\.(?:\\s|$)");
    /** The marks blog software puts before a post's title: a closed vocabulary. */
    private static final Pattern POST_MARK = Pattern.compile(
            "^\\s*[\\[【]\\s*(?:原创|原創|转载|轉載|转|轉|翻译|翻譯|置顶|置頂|精华|精華|推荐|推薦|分享|随笔|隨筆)\\s*[\\]】]\\s*");
    private final String title;
    private Set<String> titleTokens;

    TitleHeading(String title) {
        this.title = title == null ? "" : title;
    }

    /**
     * True when {@code line}, a paragraph of {@code chars} weighted characters met before any text, is the title
     * printed as a bold line ({@code <strong>[原创] 标题</strong>}): short, no sentence end, and repeating the title
     * once a blog's post mark ({@code [原创]}, {@code 【转载】}) is taken off.
     */
    boolean isTitleLine(String line, int chars) {
        if (chars > MAX_TITLE_LINE || SENTENCE_END.matcher(line).find()) {
            return false;
        }
        return repeatsTitle(POST_MARK.matcher(line).replaceFirst(""));
    }

    /** True when a heading is the page title again (Readability: 75% of its tokens appear in the title). */
    boolean repeatsTitle(String heading) {
        if (titleTokens == null) {
            titleTokens = new HashSet<>(TokenF1.tokens(title));
        }
        if (titleTokens.isEmpty()) {
            return false;
        }
        List<String> headingTokens = TokenF1.tokens(POST_MARK.matcher(heading).replaceFirst(""));
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
