package io.newsline.parser.body.generic;

import java.util.Set;

/** Which tags are inline (phrasing) content; every other tag, including unknown custom tags, is a block. */
final class Tags {

    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font",
            "i", "img", "ins", "kbd", "label", "mark", "nobr", "picture", "q", "rp", "rt", "ruby", "s", "samp", "small",
            "source", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "output",
            "meter", "progress", "#root");

    private Tags() {
    }

    static boolean isInline(String tag) {
        return INLINE.contains(tag);
    }

    static boolean isBlock(String tag) {
        return !INLINE.contains(tag);
    }

    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    static boolean isList(String tag) {
        return tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
    }
}
