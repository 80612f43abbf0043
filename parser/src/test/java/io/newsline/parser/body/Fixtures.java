package io.newsline.parser.body;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Loads HTML fixtures from the test class path (all fixtures are stored as UTF-8). */
final class Fixtures {

    private Fixtures() {
    }

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("test fixture " + resource + " is missing from src/test/resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test fixture " + resource, e);
        }
    }

    static Document html(String resource) {
        return Jsoup.parse(text(resource), "http://example.invalid" + resource);
    }

    static String joined(MainContent content) {
        StringBuilder sb = new StringBuilder();
        for (MainContent.Block b : content.blocks()) {
            sb.append(b.text()).append("\n\n");
        }
        return sb.toString();
    }
}
