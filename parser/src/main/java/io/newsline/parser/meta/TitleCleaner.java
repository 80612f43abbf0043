package io.newsline.parser.meta;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the site name off a headline: {@code "Headline - 뉴데일리"}, {@code "Headline | Site"},
 * {@code "Site :: Headline"}. From a {@code <title>}, whose last part is usually the site or section, a short
 * trailing part is dropped even when it does not spell a known site name.
 */
final class TitleCleaner {
    private static final String SEPARATORS = "(?:::|\\|\\||[-|–—·»:])";
    private static final Pattern SEPARATOR = Pattern.compile("\\s+" + SEPARATORS + "\\s+");
    /** A leading part before a separator that never joins two halves of a headline ({@code ::}, {@code |}, {@code »}). */
    private static final Pattern LEADING_SITE = Pattern.compile("^([^|:»]{1,30}?)\\s+(?:::|\\|\\||\\||»)\\s+");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*" + SEPARATORS + "\\s*$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*" + SEPARATORS + "\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TitleCleaner() {
    }

    static String clean(String title, Collection<String> siteNames, boolean fromTitleTag) {
        String t = WHITESPACE.matcher(title).replaceAll(" ").strip();
        if (!SEPARATOR.matcher(t).find()) {
            return t;
        }
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        String last = parts[parts.length - 1];
        String first = parts[0];
        if (isSiteName(last, siteNames)) {
            return TRAILING_SEPARATOR.matcher(t.substring(0, t.length() - last.length())).replaceAll("").strip();
        }
        if (isSiteName(first, siteNames)) {
            return LEADING_SEPARATOR.matcher(t.substring(first.length())).replaceAll("").strip();
        }
        Matcher lead = LEADING_SITE.matcher(t);
        if (fromTitleTag && lead.find() && words(lead.group(1)) <= 2 && words(t.substring(lead.end())) >= 3) {
            // "뉴데일리 :: Headline": a short leading part before a strong separator is the site's name
            return t.substring(lead.end()).strip();
        }
        if (fromTitleTag && words(last) <= 3 && words(t) - words(last) >= 4) {
            return TRAILING_SEPARATOR.matcher(t.substring(0, t.length() - last.length())).replaceAll("").strip();
        }
        return t;
    }

    private static boolean isSiteName(String part, Collection<String> siteNames) {
        String p = normal(part);
        for (String name : siteNames) {
            if (name != null && !name.isBlank() && (p.equals(normal(name)) || p.equals(normal(name).replaceFirst("^www\\.", "")))) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String s) {
        return WHITESPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : WHITESPACE.split(s.strip()).length;
    }
}
