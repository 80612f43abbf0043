package io.newsline.parser.meta;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A headline element cut into the headline and the subtitle it holds: {@code <h1>제목<br><small>부제</small></h1>}
 * is the headline {@code 제목} and the subtitle {@code 부제}. Only a {@code <small>} after a {@code <br>}, the
 * last thing in the heading, is a subtitle; any other heading is its whole text.
 */
record HeadingParts(String headline, String subtitle) {

    static HeadingParts of(Element heading) {
        int last = heading.childNodeSize() - 1;
        while (last >= 0 && heading.childNode(last) instanceof TextNode t && t.isBlank()) {
            last--;
        }
        if (last < 1 || !(heading.childNode(last) instanceof Element small) || !small.normalName().equals("small")) {
            return new HeadingParts(heading.text(), null);
        }
        int br = last - 1;
        while (br >= 0 && heading.childNode(br) instanceof TextNode t && t.isBlank()) {
            br--;
        }
        if (br < 1 || !(heading.childNode(br) instanceof Element brEl) || !brEl.normalName().equals("br")) {
            return new HeadingParts(heading.text(), null);
        }
        StringBuilder headline = new StringBuilder();
        for (int i = 0; i < br; i++) {
            Node node = heading.childNode(i);
            headline.append(node instanceof TextNode t ? t.getWholeText() : node instanceof Element e ? e.text() : "").append(' ');
        }
        String head = headline.toString().strip().replaceAll("\\s+", " ");
        String sub = small.text().strip();
        return head.isEmpty() || sub.isEmpty() ? new HeadingParts(heading.text(), null) : new HeadingParts(head, sub);
    }
}
