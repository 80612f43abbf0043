package io.newsline.parser.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the date lines Korean news pages print near the headline: {@code 입력 2025.01.24 14:55},
 * {@code 입력 : 2025-05-28 01:05:24}, {@code 기사입력 2014-03-07 오후 5:31}, {@code 등록 ...} for publication and
 * {@code 수정 ...}, {@code 최종수정 ...}, {@code 업데이트 ...} for the last change. When the label and the date sit in
 * separate elements ({@code <span>입력</span><span>2025.01.24</span>}) the parent's text is read.
 */
final class VisibleDateLines {
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

    static Found find(Element root) {
        String[] found = new String[2];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && (el.normalName().equals("script") || el.normalName().equals("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text && LABEL.matcher(text.getWholeText()).find()) {
                    read(text, found);
                }
                return found[0] != null && found[1] != null ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, root);
        return new Found(found[0], found[1]);
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
