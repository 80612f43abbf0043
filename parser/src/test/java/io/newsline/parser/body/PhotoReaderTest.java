package io.newsline.parser.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.Image;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A photo's URL is the widest {@code srcset} candidate, however the page writes its descriptors; inlined data is never one. */
class PhotoReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "density     | https://news.example.com/img/a@2x.jpg",
        "commas      | https://img.example.net/c_fill,w_1280/x.jpg",
        "inline-data | https://news.example.com/img/real.jpg",
        "bare        | https://news.example.com/img/only.jpg",
        "lazy        | https://news.example.com/img/l-900.jpg",
        "lazy-placeholder | https://news.example.com/img/plain.jpg",
    })
    void takesTheWidestSourceOfTheSet(String figure, String url) throws IOException {
        Document doc = figures();

        assertThat(PhotoReader.read(doc.getElementById(figure))).map(Image::url).contains(url);
    }

    @Test
    void anInlinedPixelIsNoPhoto() throws IOException {
        Document doc = figures();

        assertThat(PhotoReader.read(doc.getElementById("only-inline"))).isEmpty();
    }

    private static Document figures() throws IOException {
        try (InputStream in = PhotoReaderTest.class.getResourceAsStream("/body/srcset.html")) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "https://news.example.com/story.html");
        }
    }
}
