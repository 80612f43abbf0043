package io.newsline.parser.body.generic;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * One bottom-up pass over the DOM that decides which elements are left out as non-content (scripts,
 * navigation, hidden and unlikely elements) and sums text statistics for every kept element. Elements left
 * out have no entry: {@link #of(Element)} returns null for them and for everything below them.
 */
public final class DomStats {

    /** Weighted length from which a block counts as a paragraph for scoring. */
    static final int MIN_PARAGRAPH = 22;

    private final Map<Element, NodeStats> stats = new IdentityHashMap<>(256); // grows with the page: a large table costs small pages more than growing costs large ones
    private final List<Element> paragraphLike = new ArrayList<>();
    private final boolean stripUnlikely;
    private Element articleBody;
    private final List<Element> scripts = new ArrayList<>();

    private final Element root;
    private final ElementHints hints = new ElementHints();
    private final TagKinds tagKinds = new TagKinds();
    /** Sees every node below the root, kept or not, in document order; may be null. */
    private final NodeVisitor observer;

    private DomStats(Element root, boolean stripUnlikely, NodeVisitor observer) {
        this.root = root;
        this.stripUnlikely = stripUnlikely;
        this.observer = observer;
    }

    /** The class/id hints of this extraction (they remember what they computed). */
    public ElementHints hints() {
        return hints;
    }

    /** The element the statistics were collected from. */
    public Element root() {
        return root;
    }

    /**
     * Collects statistics below {@code root}; with {@code stripUnlikely}, elements whose class or id look like
     * chrome (Readability's unlikely candidates) are left out too.
     */
    public static DomStats collect(Element root, boolean stripUnlikely) {
        DomStats s = new DomStats(root, stripUnlikely, null);
        s.visit(root, s.tagKinds.of(root), 0, 0, 0);
        return s;
    }

    /**
     * Collects the statistics {@code collect(root, true)} would, while showing every node of the root's subtree
     * (the root first, then kept and left-out nodes alike, in document order) to {@code observer}, so a caller that
     * walks the page anyway walks it once. {@code rootDepth} is the root's depth in the document, passed on to the
     * observer as the depth of the root.
     */
    public static DomStats collectWhileWalking(Element root, int rootDepth, NodeVisitor observer) {
        DomStats s = new DomStats(root, true, Objects.requireNonNull(observer, "observer"));
        observer.head(root, rootDepth);
        s.visit(root, s.tagKinds.of(root), 0, 0, rootDepth);
        return s;
    }

    /** The statistics of {@code el}, or null when it was left out (or lies below an element left out). */
    public NodeStats of(Element el) {
        return stats.get(el);
    }

    /** True when {@code el} was kept. */
    public boolean kept(Element el) {
        return stats.containsKey(el);
    }

    /** Kept block elements whose loose (inline) text is long enough to score as a paragraph, in post-order (children before parents). */
    public List<Element> paragraphLike() {
        return paragraphLike;
    }

    /** The typed {@code <script>} elements met below the root (candidates for JSON-LD), in document order. */
    public List<Element> typedScripts() {
        return scripts;
    }

    /** The kept element marked {@code itemprop=articleBody} holding some text, or null. */
    public Element declaredBody() {
        return articleBody != null && stats.get(articleBody).chars >= 200 ? articleBody : null;
    }

    private boolean leftOut(Element el, int kind, int tableOrCodeDepth, int articleDepth) {
        if ((kind & TagKinds.NEVER_CONTENT) != 0) {
            return true;
        }
        if ((kind & TagKinds.HEADER_FOOTER) != 0 && articleDepth == 0) {
            return true;
        }
        if (el.attributesSize() == 0) {
            return false;
        }
        // One pass over the attributes instead of a lookup per attribute of interest.
        String cls = "";
        String id = "";
        String style = "";
        String role = "";
        String itemprop = "";
        boolean hidden = false;
        for (Attribute a : el.attributes()) {
            switch (a.getKey()) {
                case "class": cls = a.getValue(); break;
                case "id": id = a.getValue(); break;
                case "style": style = a.getValue(); break;
                case "role": role = a.getValue(); break;
                case "itemprop": itemprop = a.getValue(); break;
                case "hidden": hidden = true; break;
                case "aria-hidden": hidden |= "true".equalsIgnoreCase(a.getValue()); break;
                default: break;
            }
        }
        if (hidden && !cls.contains("fallback-image") || ElementHints.hiddenByStyle(style)
                || ElementHints.unlikelyRole(role)) {
            return true;
        }
        boolean declaredBody = itemprop.contains("articleBody");
        if (stripUnlikely && tableOrCodeDepth == 0 && (kind & TagKinds.NEVER_UNLIKELY) == 0 && !declaredBody
                && hints.unlikelyCandidate(cls, id)) {
            return true;
        }
        if (declaredBody && articleBody == null) {
            articleBody = el;
        }
        return false;
    }

    private NodeStats visit(Element el, int kind, int tableOrCodeDepth, int articleDepth, int depth) {
        NodeStats st = new NodeStats();
        stats.put(el, st);
        boolean link = (kind & TagKinds.LINK) != 0;
        int childTableDepth = tableOrCodeDepth + ((kind & TagKinds.TABLE_OR_CODE) != 0 ? 1 : 0);
        int childArticleDepth = articleDepth + ((kind & TagKinds.ARTICLE) != 0 ? 1 : 0);
        for (int i = 0, n = el.childNodeSize(); i < n; i++) {
            Node child = el.childNode(i);
            if (observer != null) {
                observer.head(child, depth + 1);
            }
            if (child instanceof TextNode text) {
                addText(st, text.getWholeText(), link);
            } else if (child instanceof Element ce) {
                int ckind = tagKinds.of(ce);
                if ((ckind & TagKinds.INPUT) != 0) {
                    st.inputs++;
                } else if ((ckind & TagKinds.SCRIPT) != 0 && ce.hasAttr("type")) {
                    scripts.add(ce);
                }
                if (leftOut(ce, ckind, childTableDepth, childArticleDepth)) {
                    if (observer != null) {
                        observeBelow(ce, depth + 1);
                    }
                    continue;
                }
                NodeStats cs = visit(ce, ckind, childTableDepth, childArticleDepth, depth + 1);
                if (link) {
                    cs.linkChars = cs.chars;
                    cs.inlineLinkChars = cs.inlineChars;
                }
                st.chars += cs.chars;
                st.linkChars += cs.linkChars;
                st.commas += cs.commas;
                st.paragraphs += cs.paragraphs;
                st.inputs += cs.inputs;
                st.images += cs.images;
                if ((ckind & TagKinds.INLINE) != 0) {
                    st.inlineChars += cs.inlineChars;
                    st.inlineLinkChars += cs.inlineLinkChars;
                    st.inlineCommas += cs.inlineCommas;
                    st.inlineBreaks += cs.inlineBreaks;
                    st.hasBlockChild |= cs.hasBlockChild;
                    if ((ckind & TagKinds.BR) != 0) {
                        st.inlineBreaks++;
                    } else if ((ckind & TagKinds.IMAGE) != 0) {
                        st.images++;
                    }
                } else {
                    st.hasBlockChild = true;
                }
            }
        }
        if (link) {
            st.linkChars = st.chars;
            st.inlineLinkChars = st.inlineChars;
        }
        if ((kind & TagKinds.INLINE) == 0 && st.inlineChars >= MIN_PARAGRAPH) {
            paragraphLike.add(el);
            st.paragraphs++;
        } else if ((kind & TagKinds.PARAGRAPH) != 0 && st.inlineChars > 0) {
            st.paragraphs++;
        }
        return st;
    }

    /** Shows the observer the nodes below an element left out (depth-first by recursion: jsoup caps depth at 512). */
    private void observeBelow(Node node, int depth) {
        for (int i = 0, n = node.childNodeSize(); i < n; i++) {
            Node child = node.childNode(i);
            observer.head(child, depth + 1);
            observeBelow(child, depth + 1);
        }
    }

    private static void addText(NodeStats st, String text, boolean link) {
        int chars = 0;
        int commas = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c > ' ') {
                    chars++;
                    if (c == ',') {
                        commas++;
                    }
                }
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < n) {
                cp = Character.toCodePoint(c, text.charAt(++i));
            }
            chars += TextMeasure.weight(cp);
            if (TextMeasure.isComma(cp)) {
                commas++;
            }
        }
        st.chars += chars;
        st.inlineChars += chars;
        st.commas += commas;
        st.inlineCommas += commas;
        if (link) {
            st.linkChars += chars;
            st.inlineLinkChars += chars;
        }
    }
}
