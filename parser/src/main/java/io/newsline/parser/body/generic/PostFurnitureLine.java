package io.newsline.parser.body.generic;

import io.newsline.parser.clean.LineTraits;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short lines that blog and forum software prints in or around a post, not written by its author: edit notes
 * ({@code 本帖最后由 张三 于 2024-3-6 08:15 编辑}, {@code [ 此帖被张三在2012-03-15 20:40重新编辑 ]}), reprint and
 * licence notices ({@code 版权声明：本文为博主原创文章……}, {@code 转载请注明出处},
 * {@code 本文采用 CC BY-NC-SA 4.0 许可协议}), and post meta lines that hold a date
 * and at least two counters or labels ({@code 发表于2024-02-18 分类于折腾 本文字数：312},
 * {@code 张三 已于 2024-05-12 22:41:05 修改 阅读量2.1k 收藏41}), and category or tag lines ({@code 分类: 徒步}). A publisher's rights line such as
 * {@code 未经授权，不得转载} is not one of them: news portals print it as part of the story (Readability keeps it).
 * Only lines under {@link BoilerplateLine#MAX_CHARS} weighted characters are tested, so a sentence that mentions reading or comments is kept.
 */
final class PostFurnitureLine {

    private static final Pattern EDIT_NOTE = Pattern.compile(
            "^[\\[【(（]?\\s*(?:本帖最后由|本帖最後由|此帖[被由]|本帖[被由]).{0,40}?(?:重新)?(?:编辑|編輯)\\s*[\\]】)）]?$");
    private static final Pattern REPRINT = Pattern.compile(
            "^[\\[【(（]?\\s*(?:版权声明|版權聲明|转载声明|轉載聲明|版权说明|版權說明)\\s*[：:]"
                    + "|转载请(?:注明|附上|保留|联系)|轉載請(?:註明|注明|附上|保留|聯繫)");
    /**
     * A licence line: a Creative Commons identifier ({@code CC BY-NC-SA 4.0}) or 知识共享 with 许可, as Hexo and
     * WordPress themes print under a post ({@code 本文采用 CC BY-NC-SA 4.0 许可协议}).
     */
    private static final Pattern LICENCE = Pattern.compile(
            "\\bCC\\s*BY(?:\\s*-\\s*(?:NC|ND|SA))*\\s*\\d\\.\\d|(?:知识共享|知識共享).{0,30}(?:许可|許可|协议|協議)");
    /** A post's category or tag line: {@code 分类: 徒步}, {@code 标签：Java, 多线程}. */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "^(?:分类|分類|标签|標籤|关键词|關鍵詞|所属分类|文章分类|tags?|categor(?:y|ies)|filed under)\\s*[:：]\\s*\\S.{0,30}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Labels of post meta lines; the longer forms first, so that {@code 阅读量} is not read as {@code 阅读}. */
    private static final Pattern META_LABEL = Pattern.compile(
            "本文字数|字数|字數|发表于|發表於|发布于|發佈於|发表时间|发布时间|更新于|更新於|编辑于|已于|修改|分类于|分類於|分类|分類"
                    + "|阅读量|閱讀量|阅读数|阅读|閱讀|浏览量|浏览|瀏覽|围观|热度|評論|评论数|评论|点赞数|点赞|點贊|收藏|标签|標籤|次"
                    + "|posted|views?|comments?|likes?");
    private static final Pattern DATE = Pattern.compile("\\d{4}\\s*[-./年]\\s*\\d{1,2}|\\d{1,2}:\\d{2}");
    /** What a meta line holds besides its labels: digits, dates, counts like {@code 2.1k} or {@code 1.2万}, punctuation. */
    private static final Pattern META_FILLER = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\p{Z}\\s年月日时分秒kKwW万千]");
    /** Code points a meta line may hold besides labels and filler: an author or category name. */
    private static final int MAX_NAME = 12;
    private static final int MAX_META_LENGTH = 80;

    private PostFurnitureLine() {
    }

    /** True when {@code text}, of weighted length {@code chars}, is an edit note, a reprint notice or a post meta line. */
    static boolean test(String text, int chars) {
        if (chars >= BoilerplateLine.MAX_CHARS || text.isEmpty()) {
            return false;
        }
        boolean chinese = LineTraits.hasIdeograph(text); // the notices are written in Chinese characters
        return chinese && (EDIT_NOTE.matcher(text).find() || REPRINT.matcher(text).find())
                || (chinese || text.contains("CC")) && LICENCE.matcher(text).find()
                || (text.indexOf(':') >= 0 || text.indexOf('：') >= 0) && LABEL_LINE.matcher(text).matches()
                || isMetaLine(text) || AcceptedAnswer.isLabel(text);
    }

    private static boolean isMetaLine(String text) {
        if (text.length() > MAX_META_LENGTH || !LineTraits.hasAsciiDigit(text) || !DATE.matcher(text).find()) {
            return false;
        }
        Matcher labels = META_LABEL.matcher(text);
        int count = 0;
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (labels.find()) {
            count++;
            rest.append(text, last, labels.start());
            last = labels.end();
        }
        rest.append(text, last, text.length());
        if (count < 2) {
            return false;
        }
        String name = META_FILLER.matcher(rest).replaceAll("");
        return name.codePointCount(0, name.length()) <= MAX_NAME;
    }
}
