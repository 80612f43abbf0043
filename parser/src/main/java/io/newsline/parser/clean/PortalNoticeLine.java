package io.newsline.parser.clean;

import java.util.regex.Pattern;

/**
 * Lines Chinese news portals print around every article that are not its text: notices
 * ({@code 免责声明：本文仅代表作者个人观点…}, {@code 声明：…}, {@code 平台声明：…}, {@code 版权声明：…}), QR-code and share prompts
 * ({@code 扫一扫，用手机看新闻}, {@code 分享到：微信 微博}, {@code 关注…公众号}, a {@code 【延伸阅读】} label), pagination
 * ({@code 上一页 1 2 3 下一页}, {@code 上一篇：…}),
 * WeChat readers' prompts ({@code 点个“在看”}, {@code 点赞、在看、转发}), a gallery's slide counter ({@code 3/10}),
 * page tools ({@code 【打印】【关闭】}) and the article-information line that stacks a date and labelled fields
 * ({@code 2025-01-24 08:30 来源：消费观察}, {@code 发布时间：2025-01-24 15:30 信息来源：区市场监督管理局 浏览次数：1024}).
 * A line is tested by its shape (a label at its head, or nothing but dates and labelled fields), never by a site's
 * name; sentences (a line holding 。！？) are article text whatever they start with, so a reprint notice written as a
 * sentence ({@code 未经授权，不得转载。}) stays, as Readability keeps it. Thread-safe.
 */
final class PortalNoticeLine {
    /** Notices can be long; article text never starts with one of these labels. */
    private static final int MAX_NOTICE = 300;
    private static final int MAX_PROMPT = 40;
    private static final int MAX_INFO = 100;
    private static final Pattern NOTICE = Pattern.compile(
            "^[【\\[(（]?\\s*(?:免责声明|免責聲明|平台声明|平台聲明|版权声明|版權聲明|特别声明|特別聲明|郑重声明|鄭重聲明|风险提示|風險提示|声明|聲明)\\s*[】\\])）]?\\s*[：:]");
    private static final Pattern PROMPT = Pattern.compile(
            "扫一扫|掃一掃|扫码|掃碼|二维码|二維碼|公众号|公眾號|下载客户端|下載客戶端|"
                    + "^[【\\[]?(?:延伸阅读|延伸閱讀|相关阅读|相關閱讀|推荐阅读|推薦閱讀|更多阅读|更多閱讀|热点推荐|熱點推薦|24小时排行|24小時排行)[】\\]]?[：:]?$|^分享到[：:]?|^分享至[：:]?|^上一[页頁篇][：:]?|^下一[页頁篇][：:]?");
    /**
     * Readers' prompts of WeChat articles, a closed vocabulary: {@code 点个“在看”}, or two of 点赞, 在看, 转发, 分享,
     * 收藏, 关注 in one short line ({@code 喜欢本文请点赞、在看、转发}). One of them alone is a word of a heading.
     */
    private static final Pattern ZAIKAN = Pattern.compile("[点點][个個亮]?\\s*[“\"「『]?在看|[“\"「『]在看[”\"」』]");
    private static final Pattern REACTION = Pattern.compile("点赞|點贊|點讚|在看|转发|轉發|分享|收藏|关注|關注");
    /** A gallery's slide counter on its own line: {@code 3/10}. */
    private static final Pattern SLIDE_COUNTER = Pattern.compile("^(\\d{1,3})\\s*/\\s*(\\d{1,3})$");
    private static final Pattern PAGINATION = Pattern.compile(
            "^(?:上一[页頁]|首[页頁])?[\\s\\d|]*(?:下一[页頁]|尾[页頁])?$");
    /** A line of bracketed tool labels only: {@code 【打印本页】【关闭窗口】}, {@code 【字体：大 中 小】}. */
    private static final Pattern TOOLS = Pattern.compile("^(?:\\s*【[^】]{1,12}】)+\\s*$");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?|\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?");
    private static final String LABEL =
            "(?:信息来源|文章来源|新闻来源|稿件来源|本文来源|来源|來源|稿源|出处|作者|记者|記者|通讯员|通訊員|责任编辑|責任編輯|责编|責編|编辑|編輯"
                    + "|发布时间|發佈時間|发布日期|發佈日期|更新时间|更新時間|时间|時間|日期|浏览次数|瀏覽次數|浏览量|瀏覽量|阅读量|閱讀量|点击数|點擊數"
                    + "|阅读|閱讀|浏览|瀏覽|点击|點擊|字号|字號)\\s*[：:]";
    /** A label and its value: up to 20 characters, not the next field's label ({@code 发布时间： 信息来源：…}). */
    private static final Pattern FIELD = Pattern.compile(LABEL + "\\s*(?:(?!" + LABEL + ")[^\\s：:]{1,20})?");
    private static final Pattern LEFT_OVER = Pattern.compile("[\\s\\p{P}\\d]*");

    private PortalNoticeLine() {
    }

    /** True when {@code text} (normalized: single spaces, trimmed) is one of the lines described above. */
    static boolean test(String text) {
        int n = text.length();
        if (n == 0 || n > MAX_NOTICE) {
            return false;
        }
        if (!LineTraits.hasIdeograph(text)) { // every label, prompt and field above is written in Chinese characters
            return n <= MAX_PROMPT && (isSlideCounter(text) || text.indexOf('【') >= 0 && TOOLS.matcher(text).matches());
        }
        if (NOTICE.matcher(text).find()) {
            return true;
        }
        if (n <= MAX_PROMPT && ZAIKAN.matcher(text).find()) {
            return true;
        }
        if (LineTraits.hasSentenceEnd(text)) {
            return false;
        }
        return n <= MAX_PROMPT && (PROMPT.matcher(text).find() || isReadersPrompt(text) || isSlideCounter(text) || hasPageWord(text) && PAGINATION.matcher(text).matches()
                || TOOLS.matcher(text).matches())
                || n <= MAX_INFO && isInfoLine(text);
    }

    /** Only dates, times and labelled fields, with two pieces at least (a date and a field, or two fields). */
    private static boolean isInfoLine(String text) {
        var dates = DATE_TIME.matcher(text);
        int pieces = 0;
        StringBuilder rest = new StringBuilder();
        int at = 0;
        while (dates.find()) {
            rest.append(text, at, dates.start()).append(' ');
            at = dates.end();
            pieces++;
        }
        rest.append(text, at, text.length());
        var fields = FIELD.matcher(rest);
        int labelled = 0;
        while (fields.find()) {
            labelled++;
        }
        return labelled > 0 && pieces + labelled >= 2 && LEFT_OVER.matcher(fields.replaceAll(" ")).matches();
    }

    private static boolean isReadersPrompt(String text) {
        if (ZAIKAN.matcher(text).find()) {
            return true;
        }
        var words = REACTION.matcher(text);
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count >= 2;
    }

    private static boolean isSlideCounter(String text) {
        var m = SLIDE_COUNTER.matcher(text);
        return m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2));
    }

    private static boolean hasPageWord(String text) {
        return text.contains("页") || text.contains("頁");
    }
}
