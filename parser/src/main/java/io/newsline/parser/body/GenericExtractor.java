package io.newsline.parser.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** SKELETON: the generic main-content extractor (text and link density over the DOM). To be replaced. */
public final class GenericExtractor implements MainContentExtractor {
    @Override
    public MainContent extract(Document doc) {
        List<MainContent.Block> blocks = new ArrayList<>();
        for (Element p : doc.select("p")) {
            if (!p.text().isBlank()) {
                blocks.add(new MainContent.Block(MainContent.Block.Kind.PARAGRAPH, p.text()));
            }
        }
        return new MainContent(doc.body(), blocks);
    }
}
