package io.newsline.parser.meta;

import io.newsline.parser.Author;
import io.newsline.parser.FieldSource;
import io.newsline.parser.profile.TextPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reporter's byline inside the body text and takes it out: the profile's {@code bylineText} patterns
 * first, then the common forms {@code [뉴데일리=오창균 기자]}, {@code (서울=연합뉴스) 홍길동 기자 =},
 * {@code 홍길동 기자 hong@example.com}, {@code By Jane Doe} and the Chinese {@code 本报记者 张三}, {@code 澎湃新闻记者 张三} (any outlet's name before 记者), {@code 作者：张三},
 * {@code （记者 王五）}; an agency dateline's reporters ({@code 新华社北京1月24日电（记者张伟）}) are read while the
 * paragraph keeps them. Only the first and last few paragraphs are
 * looked at: a name in the middle of an article is content, not a byline.
 */
public final class BylineFinder {
    private static final int EDGE = 3;
    private static final int MAX_BYLINE_BLOCK = 80;
    private static final String TITLE = "(?:기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자)";
    private static final Pattern NAMES_BEFORE_TITLE = Pattern.compile("^(.{1,40}?)\\s*" + TITLE + "(?:\\s|$)");
    private static final String KOREAN_NAME = "[가-힣]{2,5}";
    private static final Pattern BRACKET = Pattern.compile(
            "^\\[[^\\]=]{1,20}=\\s*(?<name>" + KOREAN_NAME + "(?:\\s*[,·]\\s*" + KOREAN_NAME + ")*)\\s*" + TITLE + "\\]\\s*");
    private static final Pattern AGENCY = Pattern.compile(
            "^\\([^)=]{1,20}=[^)]{1,20}\\)\\s*(?<name>" + KOREAN_NAME + ")\\s*" + TITLE + "\\s*=\\s*");
    private static final Pattern NAME_EMAIL = Pattern.compile(
            "^(?:[가-힣]{2,5}[,\\s]+)?(?<name>" + KOREAN_NAME + ")\\s*" + TITLE + "\\s*[(<]?(?<email>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)?[)>]?\\s*$");
    private static final Pattern BY = Pattern.compile(
            "^[Bb]y\\s+(?<name>\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3})*)\\s*$");
    /** A Chinese byline: a label, a separator, then names of two to four Han characters ({@code 本报记者 张三 李四}). */
    private static final String ZH_LABEL = "(?:(?:本报|本台|本网|新华社|\\p{IsHan}{2,6}?)?(?:特约|见习|实习)?记者|作者|撰文|文字|文|通讯员)";
    private static final String HAN_NAME = "\\p{IsHan}{2,4}";
    private static final String HAN_NAME_LIST = HAN_NAME + "(?:\\s*[\\s、，,]\\s*" + HAN_NAME + "){0,3}";
    /** A second role after the reporters' names: {@code 本报记者 张三 通讯员 李强}; a correspondent writes the copy too. */
    private static final String ZH_SECOND_ROLE = "(?:通讯员|通訊員|实习生|實習生|见习记者|見習記者)";
    private static final Pattern ZH_BYLINE = Pattern.compile("^[(（【\\[]?\\s*" + ZH_LABEL + "\\s*[：:/|｜\\s]\\s*(?<name>" + HAN_NAME_LIST
            + "(?:\\s*" + ZH_SECOND_ROLE + "\\s*[：:]?\\s*" + HAN_NAME_LIST + ")?)\\s*(?:报道|摄影|摄)?\\s*[)）】\\]]?$");
    private static final Pattern INNER_ROLE = Pattern.compile("\\s*" + ZH_SECOND_ROLE + "\\s*[：:]?\\s*");
    private static final Pattern LEADING_ZH_LABEL = Pattern.compile("^[(（【\\[]?\\s*" + ZH_LABEL + "\\s*[：:/|｜\\s]\\s*");
    private static final Pattern HAN_NAMES = Pattern.compile("^" + HAN_NAME + "(?:[\\s、，,]+" + HAN_NAME + ")*$");
    /** How far into the first paragraph an agency dateline's bracket may end. */
    private static final int DATELINE_SPAN = 60;
    private static final Pattern DATELINE_REPORTERS = Pattern.compile("[（(]\\s*(?:记者|記者)\\s*(?<names>" + HAN_NAME
            + "(?:\\s*[\\s、，,]\\s*" + HAN_NAME + "){0,3})\\s*(?:(?:通讯员|通訊員|实习生|實習生)\\s*" + HAN_NAME + "(?:[\\s、，,]+" + HAN_NAME + "){0,3}\\s*)?[）)]");
    /**
     * The Taiwanese agency dateline: {@code （中央社記者林志明台北24日電）}, reporters then the city with no mark
     * between them ({@link #splitNameAndPlace}).
     */
    private static final Pattern NAME_PLACE_DATELINE = Pattern.compile("^\\s*[（(]\\s*\\p{IsHan}{2,6}?(?:記者|记者)"
            + "(?<names>(?:" + HAN_NAME + "\\s*[、，,]\\s*){0,3})(?<run>\\p{IsHan}{4,8}?)\\s*\\d{1,2}\\s*日\\s*(?:專|专|綜合|综合)?[電电]\\s*[）)]");
    private static final Pattern HAN_NAME_SEPARATORS = Pattern.compile("[\\s、，,]+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern BRACKETS = Pattern.compile("[()<>]");
    private static final Pattern LEADING_BY = Pattern.compile("^(?i)by\\s+");
    private static final Pattern TRAILING_TITLE = Pattern.compile("\\s*" + TITLE + "\\s*$");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|&|·|\\band\\b|\\s및\\s)\\s*");

    /** What the body said about its authors, and the body without the byline. */
    public record Byline(List<Author> authors, FieldSource source, List<String> paragraphs) {
        public Byline {
            authors = List.copyOf(authors);
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** Looks for a byline in {@code paragraphs}; {@code source} is PROFILE, GENERIC, or NONE when there is none. */
    public Byline find(List<String> paragraphs, List<TextPattern> profilePatterns) {
        Objects.requireNonNull(paragraphs, "paragraphs");
        List<String> body = new ArrayList<>(paragraphs);
        List<Author> fromProfile = new ArrayList<>();
        for (TextPattern p : profilePatterns) {
            fromProfile.addAll(strip(body, p::matcher));
        }
        List<Author> generic = new ArrayList<>();
        for (Pattern p : List.of(BRACKET, AGENCY, NAME_EMAIL, BY, ZH_BYLINE)) {
            generic.addAll(strip(body, p::matcher));
        }
        if (!fromProfile.isEmpty()) {
            return new Byline(merge(fromProfile, generic), FieldSource.PROFILE, body);
        }
        if (generic.isEmpty() && !body.isEmpty()) {
            generic.addAll(datelineReporters(body.get(0)));
        }
        if (generic.isEmpty() && !body.isEmpty()) {
            generic.addAll(nameThenPlaceReporters(body));
        }
        return new Byline(merge(generic, List.of()), generic.isEmpty() ? FieldSource.NONE : FieldSource.GENERIC, body);
    }

    /**
     * The reporters an agency dateline names in brackets at the head of the first paragraph
     * ({@code 新华社北京1月24日电（记者张伟）}, {@code 本报讯（记者 王芳 通讯员 李强）}): authors, while the paragraph
     * keeps its text, since the dateline is part of the agency's copy.
     */
    private static List<Author> datelineReporters(String first) {
        Matcher m = DATELINE_REPORTERS.matcher(first).region(0, Math.min(first.length(), DATELINE_SPAN));
        List<Author> out = new ArrayList<>();
        if (m.find()) {
            for (String name : HAN_NAME_SEPARATORS.split(m.group("names").strip())) {
                out.add(new Author(name, null));
            }
        }
        return out;
    }

    /**
     * The reporters of {@code （中央社記者林志明台北24日電）} at the head of the first paragraph (kept there, as the
     * agency's copy). The last name and the city are written together, so they are split by a rule: of the splits
     * into a name of two to four characters and a place of two to four, the one whose place the article names
     * again elsewhere ({@code 台北市立圖書館}) wins; else a run of four or five characters ends in a two-character
     * place (most datelines: 台北, 高雄, 香港, 東京) and a longer one starts with a three-character name (most
     * names). Limits: a two-character name before a three-character place ({@code 王明舊金山}) or a four-character
     * name ({@code 歐陽志明台北}) is mis-split unless the place recurs in the article.
     */
    private static List<Author> nameThenPlaceReporters(List<String> body) {
        String first = body.get(0);
        Matcher m = NAME_PLACE_DATELINE.matcher(first);
        List<Author> out = new ArrayList<>();
        if (!m.find()) {
            return out;
        }
        String elsewhere = first.substring(m.end()) + "\n" + String.join("\n", body.subList(1, body.size()));
        for (String name : HAN_NAME_SEPARATORS.split(m.group("names").strip())) {
            if (!name.isEmpty()) {
                out.add(new Author(name, null));
            }
        }
        out.add(new Author(splitNameAndPlace(m.group("run"), elsewhere), null));
        return out;
    }

    /** The name at the head of {@code run} (a name then a place, {@code 林志明台北}); see {@link #nameThenPlaceReporters}. */
    static String splitNameAndPlace(String run, String elsewhere) {
        int n = run.length();
        int preferred = n <= 5 ? n - 2 : 3;
        for (int nameLength = 2; nameLength <= Math.min(4, n - 2); nameLength++) {
            String place = run.substring(nameLength);
            if (place.length() <= 4 && elsewhere.contains(place)) {
                return run.substring(0, nameLength);
            }
        }
        return run.substring(0, preferred);
    }

    /** Splits a byline text ({@code By Jane Doe and John Roe}, {@code 홍길동·김철수 기자}) into authors. */
    public static List<Author> namesIn(String text, String email) {
        List<Author> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String t = text.strip();
        Matcher e = EMAIL.matcher(t);
        String foundEmail = email;
        if (e.find()) {
            foundEmail = foundEmail == null ? e.group() : foundEmail;
            t = BRACKETS.matcher(t.substring(0, e.start()) + t.substring(e.end())).replaceAll(" ").strip();
        }
        t = TRAILING_TITLE.matcher(LEADING_BY.matcher(t).replaceFirst("")).replaceAll("").strip();
        t = LEADING_ZH_LABEL.matcher(t).replaceFirst("").strip(); // 作者：张三, 文/张三
        t = INNER_ROLE.matcher(t).replaceAll(" ").strip(); // 张三 通讯员 李强
        if (HAN_NAMES.matcher(t).matches()) {
            for (String name : HAN_NAME_SEPARATORS.split(t)) { // 张三 李四: Chinese names are written apart by spaces
                out.add(new Author(name, null));
            }
            return out;
        }
        Matcher upToTitle = NAMES_BEFORE_TITLE.matcher(t);
        if (upToTitle.find()) {
            t = upToTitle.group(1).strip(); // "김민수 기자 입력 2026.11.20 09:31": the name ends at 기자
        }
        if (t.isEmpty() || t.length() > 100) {
            return out;
        }
        String[] names = SEPARATORS.split(t);
        for (String name : names) {
            String n = TRAILING_TITLE.matcher(name).replaceAll("").strip();
            if (!n.isEmpty() && n.length() <= 60) {
                out.add(new Author(n, names.length == 1 ? blankToNull(foundEmail) : null));
            }
        }
        return out;
    }

    /** Removes every match of a pattern from the edge paragraphs of {@code body}; returns the authors found. */
    private static List<Author> strip(List<String> body, Function<String, Matcher> pattern) {
        List<Author> found = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (i >= EDGE && i < body.size() - EDGE) {
                continue;
            }
            String block = body.get(i);
            Matcher m = pattern.apply(block);
            if (!m.find() || (m.end() - m.start() == block.length() && block.length() > MAX_BYLINE_BLOCK)) {
                continue;
            }
            found.addAll(namesIn(group(m, "name"), group(m, "email")));
            String rest = (block.substring(0, m.start()) + " " + block.substring(m.end())).strip();
            if (rest.isEmpty()) {
                body.remove(i);
                i--;
            } else {
                body.set(i, rest);
            }
        }
        return found;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null; // the profile's pattern has no such group
        }
    }

    /** Authors by name, first seen first; an e-mail found for a name in either list is kept. */
    private static List<Author> merge(List<Author> first, List<Author> second) {
        Map<String, Author> byName = new LinkedHashMap<>();
        for (List<Author> list : List.of(first, second)) {
            for (Author a : list) {
                byName.merge(a.name(), a, (old, neu) -> old.email() != null ? old : new Author(old.name(), neu.email()));
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
