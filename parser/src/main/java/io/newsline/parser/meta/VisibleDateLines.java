package io.newsline.parser.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the date lines Korean news pages print near the headline: {@code 입력 2025.01.24 14:55},
 * {@code 입력 : 2025-05-28 01:05:24}, {@code 기사입력 2014-03-07 오후 5:31}, {@code 등록 ...} for publication and
 * {@code 수정 ...}, {@code 최종수정 ...}, {@code 업데이트 ...} for the last change. When the label and the date sit in
 * separate elements ({@code <span>입력</span><span>2025.01.24</span>}) the parent's text is read.
 */
public final class VisibleDateLines {
    private static final String DATE = "(\\d{4}\\s*[-./년]\\s*\\d{1,2}\\s*[-./월]\\s*\\d{1,2}(?:\\s*일)?\\.?"
            + "(?:\\s*\\([^)]{1,3}\\))?(?:\\s+(?:오전|오후)?\\s*\\d{1,2}\\s*[:시]\\s*\\d{2}(?:\\s*[:분]\\s*\\d{2})?)?)";
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?:기사\\s*)?(?:최초\\s*)?(?:입력|등록|작성|게재|발행|송고)(?:일|일시|시간)?\\s*[:：]?\\s*" + DATE);
    private static final Pattern MODIFIED = Pattern.compile(
            "(?:기사\\s*)?(?:최종\\s*)?(?:수정|업데이트|갱신)(?:일|일시|시간)?\\s*[:：]?\\s*" + DATE);
    private static final Pattern LABEL = Pattern.compile("입력|등록|작성|게재|발행|송고|수정|업데이트|갱신");
    private static final int MAX_LINE = 300;

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
    public static boolean isDateLine(String block) {
        if (block == null || block.length() > 120) {
            return false;
        }
        String rest = MODIFIED.matcher(PUBLISHED.matcher(block).replaceAll(" ")).replaceAll(" ");
        if (rest.length() == block.length()) {
            return false;
        }
        return rest.replaceAll("[\\s|ㅣ·:/,\\-]+", "").length() <= 12;
    }

    /** Reads the date lines among {@code texts}, the document's text nodes that {@link #mayHoldLabel} in order. */
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

    /** A cheap test before the regular expression: does the text hold the first syllable of any label? */
    static boolean mayHoldLabel(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < '가') {
                continue; // not a Hangul syllable: most characters of most pages
            }
            switch (c) {
                case '입', '등', '작', '게', '발', '송', '수', '업', '갱':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    private static void read(TextNode text, String[] found) {
        String line = text.text();
        if (!PUBLISHED.matcher(line).find() && !MODIFIED.matcher(line).find()) {
            Element parent = text.parent();
            for (int up = 0; up < 2 && parent != null; up++, parent = parent.parent()) {
                String around = parent.text();
                if (around.length() > MAX_LINE) {
                    break;
                }
                if (PUBLISHED.matcher(around).find() || MODIFIED.matcher(around).find()) {
                    line = around;
                    break;
                }
            }
        }
        if (line.length() > MAX_LINE) {
            return;
        }
        Matcher p = PUBLISHED.matcher(line);
        if (found[0] == null && p.find()) {
            found[0] = p.group(1);
        }
        Matcher m = MODIFIED.matcher(line);
        if (found[1] == null && m.find()) {
            found[1] = m.group(1);
        }
    }
}
