package io.newsline.parser.body.generic;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * What {@link DomStats} needs to know about a tag, as bit flags computed once per distinct {@link Tag} of a
 * document (jsoup shares one {@code Tag} per name), so the per-element work is a lookup by identity and bit
 * tests instead of a chain of string comparisons and set lookups.
 */
final class TagKinds {

    static final int NEVER_CONTENT = 1;
    static final int HEADER_FOOTER = 1 << 1;
    static final int INLINE = 1 << 2;
    static final int LINK = 1 << 3;
    static final int TABLE_OR_CODE = 1 << 4;
    static final int ARTICLE = 1 << 5;
    static final int INPUT = 1 << 6;
    static final int SCRIPT = 1 << 7;
    static final int BR = 1 << 8;
    static final int IMAGE = 1 << 9;
    static final int PARAGRAPH = 1 << 11;
    /** Tags never left out as unlikely candidates whatever their class says. */
    static final int NEVER_UNLIKELY = 1 << 12;

    private final Map<Tag, Integer> kinds = new IdentityHashMap<>(64);

    int of(Element el) {
        Tag tag = el.tag();
        Integer kind = kinds.get(tag);
        if (kind == null) {
            kind = compute(el.normalName());
            kinds.put(tag, kind);
        }
        return kind;
    }

    private static int compute(String name) {
        int kind = 0;
        if (ElementHints.neverContent(name)) {
            kind |= NEVER_CONTENT;
        }
        if (Tags.isInline(name)) {
            kind |= INLINE;
        }
        switch (name) {
            case "header": case "footer": kind |= HEADER_FOOTER; break;
            case "a": kind |= LINK | NEVER_UNLIKELY; break;
            case "table": case "code": case "pre": kind |= TABLE_OR_CODE; break;
            case "article": case "main": kind |= ARTICLE | NEVER_UNLIKELY; break;
            case "body": kind |= NEVER_UNLIKELY; break;
            case "input": case "select": case "textarea": case "button": kind |= INPUT; break;
            case "script": kind |= SCRIPT; break;
            case "br": kind |= BR; break;
            case "img": case "picture": kind |= IMAGE; break;
            case "p": kind |= PARAGRAPH; break;
            default: break;
        }
        return kind;
    }
}
