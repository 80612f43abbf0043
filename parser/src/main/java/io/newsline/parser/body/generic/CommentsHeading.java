package io.newsline.parser.body.generic;

import java.util.regex.Pattern;

/**
 * The heading blog and news software prints above the comments under a post, from a closed vocabulary:
 * {@code 评论}, {@code 网友评论}, {@code 评论(3)}, {@code 7 条评论}, {@code 发表评论}, {@code 读者留言}, {@code 跟帖}.
 * Whatever follows it in the content is the discussion, not the article, even when the comments carry no class
 * name that says so. Thread-safe.
 */
final class CommentsHeading {
    private static final String WORD = "(?:评论|評論|留言|回复|回覆|跟帖|回帖)";
    private static final Pattern HEADING = Pattern.compile(
            "^(?:网友|網友|读者|讀者|精彩|最新|热门|熱門|全部|所有|用户|用戶)?" + WORD + "(?:区|區|列表)?"
                    + "\\s*(?:[(（\\[]\\s*\\d+\\s*[)）\\]]|\\d+)?$"
                    + "|^(?:共\\s*)?\\d+\\s*(?:条|條|个|個|则|則)\\s*" + WORD + "$"
                    + "|^(?:发表|發表|我要|写|寫|参与|參與|查看|添加)" + WORD + "$");

    private CommentsHeading() {
    }

    /** True when {@code text}, a heading's normalized text, names a comments section. */
    static boolean test(String text) {
        return text.length() <= 16 && HEADING.matcher(text.strip()).matches();
    }
}
