package io.newsline.parser.meta;

import io.newsline.parser.Author;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.TextNode;

/**
 * The authors a Chinese page names in a labelled field of its date line: {@code 发布时间：2025-01-24 10:00　作者：孙悦
 * 来源：北方晨报}, {@code 来源：金融时报　作者：林涛　2025-01-24 07:45}. Only lines that hold a date are read (the
 * article-information line under the headline), so {@code 记者：} in an interview's text never names an author.
 */
final class DateLineAuthors {
    private static final Pattern FIELD = Pattern.compile(
            "(?:^|[\\s|｜丨/])(?:作者|記者|记者|撰文|文)\\s*[：:]\\s*(\\p{IsHan}{2,4}(?:\\s*[、，,]\\s*\\p{IsHan}{2,4}){0,3})(?=$|[\\s|｜丨/])");

    private DateLineAuthors() {
    }

    /** The names in the first of {@code dateTexts} (texts that may hold a date) with a labelled author field. */
    static Optional<List<Author>> in(List<TextNode> dateTexts) {
        for (TextNode node : dateTexts) {
            String text = node.getWholeText();
            if (text.length() > 200 || text.indexOf('：') < 0 && text.indexOf(':') < 0) {
                continue;
            }
            Matcher m = FIELD.matcher(text.replace('\u3000', ' ').replace('\u00A0', ' '));
            if (m.find()) {
                List<Author> names = BylineFinder.namesIn(m.group(1), null);
                if (!names.isEmpty()) {
                    return Optional.of(names);
                }
            }
        }
        return Optional.empty();
    }
}
