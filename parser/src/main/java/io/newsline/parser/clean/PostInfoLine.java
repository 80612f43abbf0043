package io.newsline.parser.clean;

import java.util.regex.Pattern;

/**
 * The information line blog and gallery software prints above or under a post, recognised by its shape: pieces
 * split by {@code |}, {@code ·}, {@code •} or brackets, each of them a date or time, a counter ({@code 阅读(326)},
 * {@code 7条评论}, {@code 评论 5}) or a reading time ({@code 阅读约 3 分钟}), a labelled field ({@code 分类：读书},
 * {@code 标签：旧书 地图}), a byline ({@code by 老周}) or page furniture from a closed vocabulary
 * ({@code 字号 大 中 小}, {@code 订阅}, {@code 打印}, {@code 收藏}, {@code 举报}), plus at most one bare name of up to
 * eight Han characters (a category, the author or the outlet: {@code 2025年9月14日 · 随笔 · 7条评论},
 * {@code 2025-03-18 09:40 山水新闻网}). It needs a full date or a counter (a time alone may be a schedule's:
 * {@code 10:30 开幕式}) and two pieces at least; a line holding 。！？ or a piece of prose is never one. Thread-safe.
 */
final class PostInfoLine {
    private static final int MAX_LENGTH = 100;
    private static final int MAX_BARE_NAME = 8;
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*(?:星期|周)[一二三四五六日天])?"
                    + "(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?|\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}");
    private static final String COUNTED =
            "(?:阅读|閱讀|浏览|瀏覽|评论|評論|留言|回复|回覆|转载|轉載|引用|收藏|点赞|點贊|喜欢|喜歡|推荐|推薦|分享|围观|圍觀|人气|人氣|热度|熱度|访问|訪問|次阅读|次浏览)";
    private static final Pattern COUNTER = Pattern.compile(
            COUNTED + "(?:数|數|量|次数)?\\s*(?:[(（\\[]\\s*\\d+\\s*[)）\\]]|[：:]?\\s*\\d+(?:\\.\\d+)?[kKwW万千]?)"
                    + "|\\d+(?:\\.\\d+)?[kKwW万千]?\\s*(?:条|條|次|个|個|人)?\\s*" + COUNTED
                    + "|(?:阅读|閱讀)(?:约|約|时间|時間|时长|時長)?\\s*[：:]?\\s*(?:约|約)?\\s*\\d+\\s*(?:分钟|分鐘)"
                    + "|(?:约|約)?\\s*\\d+\\s*(?:分钟|分鐘)\\s*(?:阅读|閱讀|读完|讀完)");
    private static final Pattern FIELD = Pattern.compile(
            "^(?:分类|分類|标签|標籤|栏目|欄目|类别|類別|作者|来源|來源|发表于|發表於|发布于|發佈於|时间|時間|日期|关键词|關鍵詞)\\s*[：:]\\s*[^。！？]{0,20}$"
                    + "|^(?:by|作者)\\s+\\S{1,16}$",
            Pattern.CASE_INSENSITIVE);
    /** Page furniture printed on such lines; a piece made only of these words is furniture. */
    private static final Pattern FURNITURE = Pattern.compile(
            "字号|字號|字体|字體|大|中|小|订阅|訂閱|打印|收藏|举报|舉報|编辑|編輯|删除|刪除|分享|置顶|置頂|复制链接|複製連結");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[|｜·•・\\[\\]【】]\\s*");
    private static final Pattern BARE_NAME = Pattern.compile("\\p{IsHan}{1," + MAX_BARE_NAME + "}");

    private PostInfoLine() {
    }

    /** True when {@code text} (normalized: single spaces, trimmed) is such a line. */
    static boolean test(String text) {
        if (text.length() > MAX_LENGTH || !LineTraits.hasAsciiDigit(text) || LineTraits.hasSentenceEnd(text)) {
            // without a digit there is neither a date nor a counter to anchor the line
            return false;
        }
        if (!LineTraits.hasIdeograph(text) && !FULL_DATE.matcher(text).find()) {
            return false; // counters, fields, furniture and names are Chinese: such a line is anchored by a full date or not at all
        }
        int anchors = 0;
        int pieces = 0;
        int bare = 0;
        for (String raw : SEPARATORS.split(text)) {
            String piece = raw.strip();
            if (piece.isEmpty()) {
                continue;
            }
            var dates = DATE_TIME.matcher(piece);
            if (dates.find()) {
                if (FULL_DATE.matcher(piece).find()) {
                    anchors++;
                }
                pieces++;
                piece = DATE_TIME.matcher(piece).replaceAll(" ").strip();
                if (piece.isEmpty()) {
                    continue;
                }
            }
            if (COUNTER.matcher(piece).replaceAll("").isBlank()) {
                anchors++;
                pieces++;
            } else if (FIELD.matcher(piece).matches()
                    || FURNITURE.matcher(piece).replaceAll("").isBlank()) {
                pieces++;
            } else if (BARE_NAME.matcher(piece).matches() && bare == 0) {
                bare++;
                pieces++;
            } else {
                return false;
            }
        }
        return anchors > 0 && pieces >= 2;
    }
}
