package io.newsline.parser.meta;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits photo caption text into the caption and the credit: {@code ▲ 김황식ⓒ연합뉴스} is caption {@code 김황식},
 * credit {@code 연합뉴스}; {@code 트럼프 대통령. (사진=연합뉴스)} is credit {@code 연합뉴스}. Korean sites mark caption
 * lines with a leading ▲ (or △); {@link #isCaptionLine} tells them from body paragraphs.
 */
public final class Captions {
    private static final Pattern MARKER = Pattern.compile("^[▲△▷▶]\\s*");
    private static final Pattern COPYRIGHT_CREDIT = Pattern.compile("\\s*(?:ⓒ|©|\\(c\\)|\\(C\\))\\s*(.+?)\\s*$");
    /**
     * How far from the end of a caption a credit may start. A credit is the caption's last words ({@code ⓒ연합뉴스},
     * {@code (사진=뉴데일리 DB)}); and the credit expressions try every start and scan to the end from each, so on a
     * hostile caption of 90 KB ({@code 사진=} repeated) they took 107 s; within this span they take microseconds.
     */
    static final int CREDIT_SPAN = 200;
    private static final Pattern PHOTO_CREDIT = Pattern.compile("\\s*[(\\[]?\\s*(?:사진|자료|그래픽|영상)\\s*(?:제공)?\\s*[=:]\\s*([^)\\]]+?)\\s*[)\\]]?\\s*$");

    /**
     * The photo credit Chinese papers end a caption with: {@code 记者 刘洋 摄}, {@code （新华社记者 张伟 摄）},
     * {@code 通讯员 王芳、李强 摄}, {@code 张三 供图}, or the labelled form galleries use, {@code （摄影：张三）},
     * {@code （图/张三）}; the first form at the line's start or after a sentence or a space, so a sentence
     * that ends in 摄 ({@code …由他拍摄}) is not one.
     */
    private static final Pattern ZH_PHOTO_CREDIT = Pattern.compile(
            "(?:^|(?<=[。！？.!?\\s]))[（(]?\\s*(?:(?:新华社|中新社|本报|本网|本台)?(?:特约)?(?:记者|通讯员|摄影)\\s*)?"
                    + "(\\p{IsHan}{2,4}(?:\\s*[、，,]\\s*\\p{IsHan}{2,4}){0,3})\\s*(?:摄|摄影|供图)\\s*[）)]?\\s*$"
                    + "|[（(]\\s*(?:摄影|攝影|图|圖|图片|圖片|摄|攝)\\s*[：:／/]\\s*"
                    + "(\\p{IsHan}{2,4}(?:\\s*[、，,]\\s*\\p{IsHan}{2,4}){0,3})\\s*[）)]\\s*$");
    /**
     * A slide counter before a gallery's caption ({@code 3/10 游客在花田边拍照。（摄影：张三）}): the photo's place in
     * the gallery, not text.
     */
    private static final Pattern SLIDE_COUNTER = Pattern.compile("^\\s*\\d{1,3}\\s*/\\s*\\d{1,3}(?!\\d)\\s*");
    /** A Chinese caption ends in its credit within this many characters; longer lines are paragraphs. */
    private static final int ZH_CAPTION_LINE = 80;

    /** A caption and its credit; either may be null. */
    public record Caption(String caption, String credit) {
    }

    private Captions() {
    }

    /**
     * True for a line that is a photo caption by the Korean convention (starts with ▲ or △), or by the Chinese one
     * (a short line that ends in a photo credit, {@code 跨江隧道内部。记者 刘洋 摄}).
     */
    public static boolean isCaptionLine(String text) {
        if (text == null) {
            return false;
        }
        if (text.length() <= ZH_CAPTION_LINE && mayHoldZhCredit(text)
                && ZH_PHOTO_CREDIT.matcher(SLIDE_COUNTER.matcher(text).replaceFirst("")).find()) {
            return true;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '▲' || c == '△'; // ▶ and ▷ lead related links and promotions instead
            }
        }
        return false;
    }

    private static boolean mayHoldZhCredit(String text) {
        return text.indexOf('摄') >= 0 || text.indexOf('供') >= 0 || text.indexOf('攝') >= 0 || text.indexOf('图') >= 0
                || text.indexOf('圖') >= 0;
    }

    /** Splits {@code text} into caption and credit; blank parts become null. */
    public static Caption parse(String text) {
        if (text == null) {
            return new Caption(null, null);
        }
        String t = SLIDE_COUNTER.matcher(MARKER.matcher(text.strip()).replaceFirst("")).replaceFirst("");
        String credit = null;
        int tail = Math.max(0, t.length() - CREDIT_SPAN);
        Matcher c = COPYRIGHT_CREDIT.matcher(t).region(tail, t.length());
        if (c.find()) {
            credit = c.group(1);
            t = t.substring(0, c.start());
        } else {
            Matcher p = PHOTO_CREDIT.matcher(t).region(tail, t.length());
            Matcher zh = ZH_PHOTO_CREDIT.matcher(t).region(tail, t.length());
            if (p.find()) {
                credit = p.group(1);
                t = t.substring(0, p.start());
            } else if (zh.find()) {
                credit = zh.group(1) != null ? zh.group(1) : zh.group(2);
                t = t.substring(0, zh.start());
            }
        }
        return new Caption(blankToNull(t), blankToNull(credit));
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
