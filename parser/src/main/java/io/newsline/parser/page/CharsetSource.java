package io.newsline.parser.page;

/** Which evidence decided the charset a page was decoded with. */
public enum CharsetSource {
    /** A byte-order mark at the start of the body. */
    BOM,
    /** The {@code charset} parameter of the HTTP {@code Content-Type} header. */
    HEADER,
    /** A {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the first bytes of the document. */
    META,
    /** The byte-statistics detector (juniversalchardet), or a strict UTF-8 check of undeclared bytes. */
    DETECTED,
    /** Nothing usable: decoded as UTF-8 with replacement characters for bad bytes. */
    FALLBACK
}
