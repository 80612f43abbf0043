package io.newsline.parser.clean;

/**
 * White space and invisible characters as extracted text treats them, by explicit lists: the per-character
 * {@code Character.isWhitespace}/{@code isSpaceChar} lookups cost more than the rest of a text pass.
 */
public final class Spaces {

    private Spaces() {
    }

    /**
     * True for white space: ASCII controls and space, NEL, no-break spaces, the Ogham space mark, the
     * typographic spaces U+2000..U+200A, line and paragraph separators, U+202F, U+205F and the ideographic space.
     */
    public static boolean isSpace(char c) {
        if (c <= ' ') {
            return true;
        }
        if (c < 0x85) {
            return false;
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** True for characters that take no room and are dropped: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
    public static boolean isInvisible(char c) {
        return c >= 0xAD && (c == 0xAD || c >= 0x200B && c <= 0x200D || c == 0x2060 || c == 0xFEFF);
    }
}
