package io.newsline.parser.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Skipping script bodies before the parse never changes what the parse makes of the page: the loaded document
 * equals the parse of the whole page, except that scripts other than JSON are empty (and a script-looking pair of
 * tags inside a comment, a textarea or a style may lose the text between: nothing reads it). Checked on pages built to
 * trip the skipping (scripts writing scripts, commented scripts, script-looking text in attributes, comments,
 * textareas and styles, forgotten end tags, capitals, SVG), on the real pages of the development set, and on
 * thousands of generated pages. This is the contract of {@link CodeBodies}, and a test of jsoup's tokenizer too:
 * rerun it on every jsoup upgrade.
 */
class CodeBodiesTest {
    private static final Instant FETCHED = Instant.parse("2026-01-01T00:00:00Z");
    private static final String URL = "https://news.example/2026/01/01/story.html";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plain", "document-write", "escaped-comment", "not-tags", "unclosed", "svg", "capitals", "attribute",
        "styles", "drawings", "self-closed-in-drawing"})
    void theDocumentIsThePageWithEmptyScripts(String name) {
        byte[] page = resource("/page/scripts/" + name + ".html");

        assertSameDocument(page, StandardCharsets.UTF_8, "utf-8 fixture " + name);
    }

    @Test
    void aLegacyKoreanPageIsCutBetweenCharacters() {
        byte[] page = resource("/page/scripts/euc-kr.html");

        Document loaded = assertSameDocument(page, Charset.forName("x-windows-949"), "EUC-KR fixture");

        assertThat(loaded.title()).isEqualTo("한글 제목");
        assertThat(loaded.body().text()).isEqualTo("본문 첫 문단입니다. 본문 둘째 문단.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"styles", "drawings"})
    void stylesAndDrawingsAreParsedAsTheyAre(String name) {
        byte[] page = resource("/page/scripts/" + name + ".html");

        Document loaded = load(page);

        Document whole = Parser.htmlParser().parseInput(new String(page, StandardCharsets.UTF_8), URL);
        assertThat(loaded.select("style, svg").outerHtml()).isEqualTo(whole.select("style, svg").outerHtml());
        assertThat(CodeBodies.keptRuns(page, 0)).as("nothing cut: the page has no script").hasSize(2);
    }

    @Test
    void tagNamesInCapitalsAreMatchedAsTheTokenizerMatchesThem() {
        byte[] page = resource("/page/scripts/capitals.html");

        Document loaded = assertSameDocument(page, StandardCharsets.UTF_8, "capitals fixture");

        assertThat(loaded.select("script").stream().map(Element::data)).containsExactly("", "");
        assertThat(loaded.select("p").eachText()).containsExactly("Content after an end tag in capitals.", "The end.");
        assertThat(CodeBodies.keptRuns(page, 0).length / 2).as("one run more than the scripts skipped").isEqualTo(3);
    }

    @Test
    void aStatefulCharsetIsNeverCut() {
        byte[] page = resource("/page/scripts/iso-2022-jp.html");

        Document loaded = assertSameDocument(page, Charset.forName("ISO-2022-JP"), "ISO-2022-JP fixture");

        assertThat(loaded.select("script").first().data()).as("parsed whole").isEqualTo("var a = 1;");
        assertThat(loaded.select("p").eachText()).containsExactly("首竰蜷のあと", "本文の段落です。");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "ISO-8859-1", "windows-1252", "EUC-KR", "x-windows-949", "GBK", "GB18030", "Big5",
        "Shift_JIS", "EUC-JP", "KOI8-R"})
    void charsetsThatKeepAsciiBytesAreCut(String name) {
        assertThat(CodeBodies.canCut(Charset.forName(name))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ISO-2022-JP", "ISO-2022-KR", "UTF-16", "UTF-16LE", "UTF-32", "IBM037"})
    void charsetsThatReuseAsciiBytesAreNot(String name) {
        assertThat(CodeBodies.canCut(Charset.forName(name))).isFalse();
    }

    @Test
    void javaScriptIsSkippedAndJsonKeptWhole() {
        byte[] page = resource("/page/scripts/plain.html");

        Document loaded = load(page);

        List<String> json = new ArrayList<>();
        List<String> code = new ArrayList<>();
        for (Element script : loaded.select("script")) {
            (script.attr("type").contains("json") ? json : code).add(script.data());
        }
        assertThat(json).containsExactly(
                "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Scripts of every kind\","
                        + "\"articleBody\":\"Kept whole <b>with markup</b>\"}",
                "{\"props\":{\"html\":\"<p>kept too</p>\"}}");
        assertThat(code).hasSize(7);
        assertThat(code.subList(0, 5)).allMatch(String::isEmpty);
        assertThat(code.get(5)).as("<script/> is left to the parser").startsWith("var selfClosingIsNotHonoured");
        assertThat(code.get(6)).as("a script no end tag ends is left to the parser").startsWith("unterminated");
        int[] runs = CodeBodies.keptRuns(page, 0);
        assertThat(runs.length / 2).as("one run more than the scripts skipped").isEqualTo(5);
    }

    @Test
    void aScriptThatWritesAScriptIsSkippedUpToTheEndTagTheTokenizerSees() {
        byte[] page = resource("/page/scripts/document-write.html");

        Document loaded = load(page);

        assertThat(loaded.select("p").eachText()).containsExactly("Before the writer.",
                "After the writer: the tokenizer ended the script at the first end tag.",
                "After a writer that splits its end tag.", "After the template.");
        assertThat(loaded.select("script").eachText()).isEmpty();
        assertThat(loaded.select("script").get(0).data()).as("the writer").isEmpty();
        assertThat(loaded.select("script").get(1).data()).as("an end tag inside: left to the parser from here on")
                .startsWith("document.write(");
        assertThat(CodeBodies.keptRuns(page, 0).length / 2).isEqualTo(2);
    }

    static Stream<String> developmentPages() {
        return Stream.of("aclu", "ars-1", "bbc-1", "blogger", "citylab-1", "folha", "heise", "la-nacion", "lemonde-1",
                "liberation-1", "lwn-1", "medium-1", "nytimes-1", "qq", "salon-1", "seattletimes-1", "telegraph", "tmz-1",
                "wapo-1", "wapo-2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("developmentPages")
    void realPagesParseTheSame(String name) {
        byte[] page = resource("/devsets/readability/" + name + "/source.html");

        assertSameDocument(page, StandardCharsets.UTF_8, "development page " + name);
    }

    /**
     * Pages made of the blocks real pages are made of, in random order: paragraphs, scripts whose code holds every
     * script-looking string (strings that write scripts, end tags, comment markers, CDATA), JSON scripts, comments
     * with scripts in them (closed or not), styles, textareas, attributes holding tags, noscript, SVG, self-closed
     * and capitalised script tags. (Markup that leaves a raw-text element such as a style open to the end of the
     * page is not generated: what the tree builder makes of it is its own.)
     */
    @Test
    void generatedPagesParseTheSame() {
        String[] code = {"var a = 1;", " if (a < b && c > d) { f(); } ", "document.write('<script src=\"x.js\"><\\/script>');",
            "document.write(\"<scr\" + \"ipt>\");", "var t = '<script>';", "el.innerHTML = '<div class=\"x\">hi</div>';",
            "<!--", "-->", "//<![CDATA[", "//]]>", "x = \"</scr\" + \"ipt>\";", "s = `<Script>${1}`;", "// script\n",
            "a</b", "\"'`=\\", "한글 é"};
        String[] blocks = {"<p>Text with the word script and quotes \" ' ` = in it.</p>", "<p>한글 <b>문단</b> é</p>",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"<script>h</script>\"}</script>",
            "<!-- <script>commented()</script> -->", "<!-- <script src=\"old.js\"> -->", "<!--[if lt IE 9]><script src=\"shiv.js\"></script><![endif]-->",
            "<style>.a::before { content: \"<script>\"; }</style>", "<textarea><script>alert(1)</script></textarea>",
            "<div title=\"<script>\" data-x='<script src=y>'>attributes</div>", "<noscript><img src=\"p.gif\"><script>n()</script></noscript>",
            "<svg><script>if (a < b) c();</script><circle r=\"1\"/></svg>", "<script src=\"s.js\"/>", "<SCRIPT>upper()</SCRIPT>",
            "<Script>capital()</Script>", "<script src=\"z.js\"></script>", "<ul><li>one</li><li>two</li></ul>",
            "<style>a { b: c }</style>", "<style>/*<![CDATA[*/ .x > p {} /*]]>*/</style>", "<!-- <style> -->",
            "<style>.y { background: url(\"data:image/svg+xml,<svg><path d='M0'/></svg>\") }</style>",
            "<style><!-- p {} --></style>", "<style>p {}</Style>", "<style>q { content: \"</style>\" }</style>",
            "<div style=\"display:none\">hidden</div>", "<p title=\"a <style> b\">a style tag in an attribute</p>",
            "<svg viewBox=\"0 0 8 8\"><g><path d=\"M0 0h8v8z\"/></g><use href=\"#i\"></use></svg>",
            "<svg><svg x=\"1\"><rect width=\"1\"/></svg><circle r=\"1\"/></svg>", "<SVG><Path d=\"M0\"/></SVG>",
            "<svg><p>a paragraph breaks out of the drawing</p><circle r=\"1\"/></svg>", "<svg><circle r=\"1\"/></p></svg>",
            "<svg><!-- </svg> --><circle r=\"2\"/></svg>", "<svg><![CDATA[ </svg> ]]></svg>",
            "<svg><text>a < b and b > a</text></svg>", "<svg><a title=\"</svg>\"><text>t</text></a></svg>",
            "<svg><foreignObject><div>html inside</div></foreignObject></svg>", "<svg/>", "<svg><title>icon</title></svg>",
            "<svg><font color=\"red\">f</font></svg>", "<svg><style>.s{}</style><script>s()</script></svg>",
            "<svg><desc><b>bold</b> description</desc></svg>", "<svg><g>",
            "<svg><desc><textarea></svg></textarea></desc><circle r=\"1\"/></svg>",
            "<svg><script>var s = \"</svg><p>\";</script><circle r=\"1\"/></svg>", "<svg><style>.a { content: '<b>' }</style></svg>",
            "<svg><a title=\"x > </svg> y\"><text>t</text></a></svg>",
            "<img src=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><path d='M0'/></svg>\" alt=\"x\">",
            "<div data-icon=\"x <svg><path d='M0'/></svg>\">an icon in an attribute</div>",
            "<!-- <svg> --><a href=\"#\">after a drawing tag in a comment</a></svg>",
            "<div style=\"background: url(data:image/svg+xml,<svg xmlns='w'><rect/></svg>) no-repeat\">a drawn background</div>"};
        Random random = new Random(20261130L);
        for (int n = 0; n < 3000; n++) {
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>T</title></head><body>");
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(3) == 0) {
                    html.append(blocks[random.nextInt(blocks.length)]);
                } else {
                    html.append(random.nextBoolean() ? "<script>" : "<script type=\"text/javascript\">");
                    int pieces = random.nextInt(6);
                    for (int k = 0; k < pieces; k++) {
                        html.append(code[random.nextInt(code.length)]);
                    }
                    html.append(random.nextInt(10) == 0 ? "</script >" : "</script>");
                }
            }
            html.append("</body></html>");
            assertSameDocument(html.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    "generated page " + n + ": " + html);
        }
    }

    /** Asserts the loaded document equals the parse of the whole page once scripts are emptied; returns it. */
    private static Document assertSameDocument(byte[] page, Charset charset, String what) {
        String text = new String(page, charset);
        // the loader reads a byte-order mark as the charset it names, not as text
        Document whole = Parser.htmlParser().parseInput(text.startsWith("\uFEFF") ? text.substring(1) : text, URL);
        Document loaded = load(page);
        assertThat(jsonScripts(loaded)).as(what + ": JSON scripts").isEqualTo(jsonScripts(whole));
        assertThat(withEmptyScripts(loaded)).as(what).isEqualTo(withEmptyScripts(whole));
        return loaded;
    }

    private static Document load(byte[] page) {
        return new DocumentLoader().load(new Page(URL, page, "text/html", FETCHED), null).document();
    }

    private static List<String> jsonScripts(Document doc) {
        return doc.select("script[type*=json]").stream().map(Element::data).toList();
    }

    /**
     * The document's markup with every script emptied and every comment left out, and with the raw text of textareas,
     * styles and the like emptied: a script-looking pair of tags in them may lose the text between.
     */
    private static String withEmptyScripts(Document doc) {
        Document copy = doc.clone();
        for (Element script : copy.getElementsByTag("script")) {
            script.empty();
            script.appendChild(new DataNode(""));
        }
        for (Element el : copy.getAllElements()) {
            el.childNodes().stream().filter(Comment.class::isInstance).toList().forEach(Node::remove);
        }
        copy.select("textarea, style, xmp, iframe, noembed, noframes, plaintext").forEach(Element::empty);
        copy.childNodes().stream().filter(Comment.class::isInstance).toList().forEach(Node::remove);
        return copy.outerHtml();
    }

    private static byte[] resource(String path) {
        try (InputStream in = CodeBodiesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
