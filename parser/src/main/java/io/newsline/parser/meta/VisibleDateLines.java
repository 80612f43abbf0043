package io.newsline.parser.meta;

import io.newsline.parser.clean.LineTraits;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the date lines news pages print near the headline. Korean: {@code 입력 2025.01.24 14:55},
 * {@code 입력 : 2025-05-28 01:05:24}, {@code 기사입력 2014-03-07 오후 5:31}, {@code 승인}, {@code 등록 ...} (also
 * after the date, {@code 2025.01.24 09:40 입력}; a two-digit year, {@code 25.01.24 15:05}, is read too) for
 * publication and {@code 수정 ...}, {@code 최종수정 ...}, {@code 업데이트 ...} for the last change. Chinese:
 * {@code 发布时间：2025-01-24 10:30}, {@code 时间：2025/01/24 10:30:15 来源：新华网} for publication and
 * {@code 更新时间 ...} for the last change. Many Chinese pages print the date with no label at all
 * ({@code 2025年01月24日 10:30 来源：新华网}): the first date with a time of day after the first {@code <h1>} is
 * taken for the publication then, unless it dates an entry of a list of links (a "related" or "latest" item). When
 * the label and the date sit in separate elements ({@code <span>입력</span><span>2025.01.24</span>}) the parent's
 * text is read; a year standing alone in its element ({@code <em>2025</em> <em>01</em>/<em>24</em> 10:16:48}) is
 * read with the line around it. Full-width digits ({@code ２０２５年１月２４日}) read as ASCII ones. A relative time
 * ({@code 3 小时前}, {@code 昨天 10:20}) gives no date, except the absolute one its element carries in {@code title}.
 */
public final class VisibleDateLines {
    /** A day: {@code 2025.01.24}, {@code 2025년 1월 24일}, or with a two-digit year and dots, {@code 25.01.24}. */
    private static final String DAY = "(?:\\d{4}\\s*[-./년年]\\s*\\d{1,2}\\s*[-./월月]\\s*\\d{1,2}|\\d{2}\\.\\d{1,2}\\.\\d{1,2}(?!\\d)"
            // the year in an element of its own, apart from month and day: <em>2025</em> <em>01</em>/<em>24</em>
            + "|\\d{4}\\s+\\d{1,2}[-/]\\d{1,2}(?!\\d))(?:\\s*[일日])?\\.?"
            + "(?:\\s*[(（][^)）]{1,3}[)）])?(?:\\s*(?:星期|周|週)[一二三四五六日天])?";
    /** A time of day, possibly in brackets ({@code 입력 2025.01.24 (10:30)}). */
    private static final String TIME = "\\s*(?:[(（]\\s*)?(?:" + DayPart.MARKERS + ")?\\s*\\d{1,2}\\s*[:시时時点點]\\s*\\d{2}(?:\\s*[:분分]\\s*\\d{2})?(?:\\s*[)）])?";
    private static final String DATE = "(" + DAY + "(?:" + TIME + ")?)";
    /**
     * Chinese labels; {@code 时间} alone must start a word: not the end of {@code 更新时间} (a change) or of
     * {@code 报名时间} in body text (a date the article mentions).
     */
    private static final String ZH_PUBLISHED = "(?:(?:发布|發布|發佈|发表|發表|发稿|發稿|刊发|刊發|出版|首发|首發)(?:时间|時間|日期|于|於)?"
            + "|(?<!\\p{IsHan})(?:时间|時間|日期))";
    private static final String ZH_MODIFIED = "(?:(?:最后|最後)?(?:更新|修改|编辑|編輯)(?:时间|時間|日期|于|於)?)";
    private static final String KO_PUBLISHED = "(?:기사\\s*)?(?:최초\\s*)?(?:입력|등록|작성|게재|발행|송고|승인)(?:일|일시|시간)?";
    private static final String KO_MODIFIED = "(?:기사\\s*)?(?:최종\\s*)?(?:수정|업데이트|갱신)(?:일|일시|시간)?";
    private static final Pattern PUBLISHED = Pattern.compile("(?:" + KO_PUBLISHED + "|" + ZH_PUBLISHED + ")\\s*[:：]?\\s*" + DATE);
    private static final Pattern MODIFIED = Pattern.compile("(?:" + KO_MODIFIED + "|" + ZH_MODIFIED + ")\\s*[:：]?\\s*" + DATE);
    /** The same without the Chinese labels, for a line without a Chinese character: the same answers, sooner. */
    private static final Pattern PUBLISHED_KO = Pattern.compile("(?:" + KO_PUBLISHED + ")\\s*[:：]?\\s*" + DATE);
    private static final Pattern MODIFIED_KO = Pattern.compile("(?:" + KO_MODIFIED + ")\\s*[:：]?\\s*" + DATE);
    /** The same labels printed after the date: {@code 2025.01.24 09:40 입력}, {@code 2025.01.24 11:00 최종수정}. */
    private static final Pattern PUBLISHED_AFTER = Pattern.compile(DATE + "\\s*(?:[(（]\\s*)?(?:최초\\s*)?(?:입력|등록|작성|게재|발행|송고|승인)");
    private static final Pattern MODIFIED_AFTER = Pattern.compile(DATE + "\\s*(?:[(（]\\s*)?(?:최종\\s*)?(?:수정|업데이트|갱신)");
    /** A date line that starts with its date: then its labels follow the dates they name. */
    private static final Pattern DATE_FIRST = Pattern.compile("^[^\\d\\p{L}]*" + DATE);
    /** A date with a time of day and no label: {@code 2025年01月24日 10:30}, {@code 2025-01-24 10:30:00}. */
    private static final Pattern UNLABELED = Pattern.compile("(?<!\\d)(" + DAY + TIME + ")(?!\\d)");
    private static final Pattern DAY_ONLY = Pattern.compile("(?<!\\d)" + DAY);
    private static final Pattern LABEL = Pattern.compile(
            "입력|등록|작성|게재|발행|송고|승인|수정|업데이트|갱신|发布|發布|發佈|发表|發表|发稿|發稿|刊发|刊發|出版|首发|首發|时间|時間|日期|更新|修改|编辑|編輯");
    private static final int MAX_LINE = 300;
    private static final int MAX_UNLABELED_LINE = 100;
    private static final int MAX_LINE_NODES = 8;
    /** A year standing alone in its element ({@code <em> 2025</em>}): the first part of a date split over elements. */
    private static final Pattern YEAR_ALONE = Pattern.compile("\\s*(?:19|20)\\d{2}\\s*");
    /** How far up a lone year's date line is looked for: the year's element, its box, the line holding both. */
    private static final int SPLIT_DATE_LEVELS = 3;
    /** A time relative to when the page was shown: {@code 3 小时前}, {@code 昨天 10:20}, {@code 前天}, {@code 刚刚}. */
    private static final Pattern RELATIVE = Pattern.compile(
            "\\s*(?:发表于|發表於|发布于|發佈於)?\\s*(?:\\d+\\s*(?:秒|分钟|分鐘|小时|小時|天|周|週)前|半小时前|半小時前|刚刚|剛剛|今天|昨天|前天)(?:\\s*\\d{1,2}:\\d{2})?\\s*");
    /** A listing entry's headline link: a date in the same list item dates that entry, not the page. */
    private static final int HEADLINE_LINK = 8;

    /** The texts of the labelled publication and change dates. */
    record Found(String published, String modified) {
        Optional<String> publishedText() {
            return Optional.ofNullable(published);
        }

        Optional<String> modifiedText() {
            return Optional.ofNullable(modified);
        }
    }

    private VisibleDateLines() {
    }

    /**
     * True when {@code block} is a date line and little else ({@code 입력 2025.01.24 14:55 | 수정 2025.01.24},
     * possibly with the site's name): such a line is page furniture, not body text.
     */
    public static boolean isDateLine(String text) {
        String block = text == null ? null : FullWidth.fold(text);
        if (block == null || block.length() > 120 || !hasDigit(block)) {
            return false; // every date line has a digit; most body paragraphs are longer than 120 characters
        }
        String rest = MODIFIED.matcher(PUBLISHED.matcher(block).replaceAll(" ")).replaceAll(" ");
        if (rest.length() == block.length()) {
            return false;
        }
        return rest.replaceAll("[\\s|ㅣ·:/,\\-]+", "").length() <= 12;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || FullWidth.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Reads the labelled date lines among {@code texts}, the document's text nodes that {@link #mayHoldDate}, in order. */
    static Found find(List<TextNode> texts) {
        String[] found = new String[2];
        for (TextNode text : texts) {
            if (LABEL.matcher(text.getWholeText()).find()) {
                read(text, found);
                if (found[0] != null && found[1] != null) {
                    break;
                }
            }
        }
        return new Found(found[0], found[1]);
    }

    /**
     * The first date with a time of day printed without a label among {@code texts} (in document order), after
     * the first {@code <h1>} when there is one: the first {@code beforeHeading} texts come before it. A date
     * after a change label ({@code 수정}, {@code 更新时间}) is not taken.
     */
    static Optional<String> firstUnlabeled(List<TextNode> texts, int beforeHeading) {
        String beforeTheHeading = null;
        for (int i = 0; i < texts.size(); i++) {
            String date = unlabeledIn(texts.get(i));
            if (date != null) {
                if (i >= beforeHeading) {
                    return Optional.of(date);
                }
                if (beforeTheHeading == null) {
                    beforeTheHeading = date;
                }
            }
        }
        return Optional.ofNullable(beforeTheHeading);
    }

    /**
     * A cheap test before the regular expressions: does the text hold the first character of a label, or a
     * year followed by a date separator?
     */
    static boolean mayHoldDate(String text) {
        if (text.length() <= 6 && YEAR_ALONE.matcher(text).matches()) {
            return true;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (i >= 3 && i + 1 < n && isYearSeparator(text.charAt(i + 1)) && isDigit(text, i - 1) && isDigit(text, i - 2)
                        && isDigit(text, i - 3) || isTwoDigitYearDay(text, i)) {
                    return true;
                }
                continue;
            }
            if (FullWidth.isDigit(c)) {
                return mayHoldDate(FullWidth.fold(text)); // ２０２５年１月２４日
            }
            if (c < '\u4e00') {
                continue; // neither Han nor Hangul: most characters of most pages
            }
            switch (c) {
                case '입', '등', '작', '게', '발', '송', '승', '수', '업', '갱', '发', '發', '时', '時', '日', '更', '修', '编', '編',
                        '刊', '出', '首':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /** {@code 25.01.24} ending at index {@code i}: two digits, a dot, one or two digits, a dot, one or two digits. */
    private static boolean isTwoDigitYearDay(String text, int i) {
        int end = i + 1;
        if (end < text.length() && isDigit(text, end)) {
            return false; // not the last digit of the day
        }
        int j = i;
        for (int part = 0; part < 2; part++) {
            int digits = 0;
            while (j >= 0 && isDigit(text, j) && digits < 3) {
                j--;
                digits++;
            }
            if (digits == 0 || digits > 2 || j < 0 || text.charAt(j) != '.') {
                return false;
            }
            j--;
        }
        return j >= 1 && isDigit(text, j) && isDigit(text, j - 1) && (j < 2 || !isDigit(text, j - 2));
    }

    private static boolean isYearSeparator(char c) {
        return c == '-' || c == '.' || c == '/' || c == '년' || c == '年';
    }

    private static boolean isDigit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    /** The first unlabelled date-time in the text, or in its short parent when the date and time are split. */
    private static String unlabeledIn(TextNode text) {
        String line = FullWidth.fold(text.text());
        boolean yearAlone = YEAR_ALONE.matcher(line).matches();
        if (!yearAlone && !DAY_ONLY.matcher(line).find()) {
            return null; // the parent is read only to find the time beside this node's date
        }
        if (inListingEntry(text)) {
            return null;
        }
        String date = yearAlone ? null : unlabeledIn(line);
        Element parent = text.parent();
        int levels = yearAlone ? SPLIT_DATE_LEVELS : 2;
        for (int up = 0; up < levels && date == null && parent != null; up++, parent = parent.parent()) {
            if (parent.childNodeSize() > MAX_LINE_NODES) {
                break; // a container, not a date line: skip reading its whole text
            }
            String around = FullWidth.fold(parent.text());
            if (around.length() > MAX_UNLABELED_LINE) {
                break; // a date line, not a list or the page around it
            }
            date = unlabeledIn(around);
        }
        return date;
    }

    /**
     * True when {@code text} sits in a list item that holds a headline link ({@code <li><a>老城区街巷完成微更新</a>
     * 2025-01-14 09:00</li>}): the date of a "related" or "latest" entry, not of the page.
     */
    private static boolean inListingEntry(TextNode text) {
        Element el = text.parent();
        for (int up = 0; up < 3 && el != null; up++, el = el.parent()) {
            if (el.normalName().equals("li")) {
                for (Element a : el.getElementsByTag("a")) {
                    if (a.text().length() >= HEADLINE_LINK) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * The absolute date an element showing a relative time carries in its {@code title} ({@code <span
     * title="2025-1-24 10:20">昨天 10:20</span>}, as forum software prints it). A relative time alone gives no date:
     * the parser has no clock, and the time the page was fetched is not the time it was rendered.
     */
    static Optional<String> absoluteBehindRelative(Element el) {
        String title = el.attr("title");
        if (title.isEmpty() || title.length() > 40 || !DAY_ONLY.matcher(FullWidth.fold(title)).find()) {
            return Optional.empty();
        }
        String shown = el.text();
        return shown.length() <= 20 && RELATIVE.matcher(shown).matches() ? Optional.of(FullWidth.fold(title).strip()) : Optional.empty();
    }

    private static String unlabeledIn(String line) {
        if (line.length() > MAX_UNLABELED_LINE) {
            return null;
        }
        // a change date is not the publication's
        Matcher m = UNLABELED.matcher(MODIFIED.matcher(line).replaceAll(" "));
        return m.find() ? m.group(1) : null;
    }

    private static boolean labelled(String line) {
        // each pattern needs a date, so a digit, and a label of LABEL: two scans spare the four on most lines
        if (!hasDigit(line) || !LABEL.matcher(line).find()) {
            return false;
        }
        boolean zh = LineTraits.hasIdeograph(line);
        return (zh ? PUBLISHED : PUBLISHED_KO).matcher(line).find() || (zh ? MODIFIED : MODIFIED_KO).matcher(line).find()
                || PUBLISHED_AFTER.matcher(line).find() || MODIFIED_AFTER.matcher(line).find();
    }

    private static void read(TextNode text, String[] found) {
        String line = FullWidth.fold(text.text());
        if (!labelled(line)) {
            Element parent = text.parent();
            for (int up = 0; up < 2 && parent != null; up++, parent = parent.parent()) {
                String around = FullWidth.fold(parent.text());
                if (around.length() > MAX_LINE) {
                    break;
                }
                if (labelled(around)) {
                    line = around;
                    break;
                }
            }
        }
        if (line.length() > MAX_LINE) {
            return;
        }
        boolean labelsAfter = DATE_FIRST.matcher(line).find();
        boolean zh = LineTraits.hasIdeograph(line);
        Matcher p = (labelsAfter ? PUBLISHED_AFTER : zh ? PUBLISHED : PUBLISHED_KO).matcher(line);
        if (found[0] == null && p.find()) {
            found[0] = p.group(1);
        }
        Matcher m = (labelsAfter ? MODIFIED_AFTER : zh ? MODIFIED : MODIFIED_KO).matcher(line);
        if (found[1] == null && m.find()) {
            found[1] = m.group(1);
        }
    }
}
