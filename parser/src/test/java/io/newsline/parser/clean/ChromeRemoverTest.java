package io.newsline.parser.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.CssSelector;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ChromeRemoverTest {
    private final ChromeRemover remover = new ChromeRemover();

    private static Document doc(String body) {
        return Jsoup.parse("<html><body>" + body + "</body></html>", "https://example.com/");
    }

    @Test
    void removesLoginBoxesCommentWidgetsShareBarsAndRelatedListsByName() {
        Document doc = doc("""
                <div class="login_box">로그인</div><div id="member-area">회원가입</div>
                <div id="article"><p>Article text.</p></div>
                <div class="sns_share">공유</div><div id="commentList">댓글</div><ul class="related-news"><li>other</li></ul>
                <div class="top_ad">ad</div><div class="banner">b</div><div class="newsletter-signup">n</div>
                <div class="ranking">r</div><div class="gnb">g</div>""");

        remover.removeChrome(doc, List.of(), List.of());

        assertThat(doc.body().text()).isEqualTo("Article text.");
    }

    @Test
    void keepsWordsThatMerelyContainAChromeWord() {
        Document doc = doc("<div class=\"header-title\"><p>head</p></div><div class=\"address\">addr</div>"
                + "<div class=\"commentary\">opinion</div><div class=\"shadow\">s</div>");

        remover.removeChrome(doc, List.of(), List.of());

        assertThat(doc.body().text()).isEqualTo("head addr opinion s");
    }

    @Test
    void removesNavigationAsidesFormsAndHiddenElements() {
        Document doc = doc("<nav>menu</nav><aside>side</aside><form><p>아이디</p></form><div role=\"navigation\">n</div>"
                + "<div hidden>h</div><div style=\"display: none\">d</div><p>kept</p>");

        remover.removeChrome(doc, List.of(), List.of());

        assertThat(doc.body().text()).isEqualTo("kept");
    }

    @Test
    void removesPageHeaderAndFooterButKeepsTheArticleOwnHeader() {
        Document doc = doc("<header>site header</header><article><header><h1>Headline</h1></header><p>Body.</p>"
                + "<footer>article footer</footer></article><footer>site footer</footer>");

        remover.removeChrome(doc, List.of(), List.of());

        assertThat(doc.body().text()).isEqualTo("Headline Body. article footer");
    }

    @Test
    void appliesProfileSelectorsFirst() {
        Document doc = doc("<div class=\"tag_area\">#tag</div><div id=\"body\"><p>Body.</p><div class=\"relation\">x</div></div>");

        remover.removeChrome(doc, List.of(CssSelector.of(".tag_area"), CssSelector.of("div.relation")), List.of());

        assertThat(doc.body().text()).isEqualTo("Body.");
    }

    @Test
    void neverRemovesTheArticleContainerOrItsWrappers() {
        Document doc = doc("<div class=\"content-with-sidebar\"><div id=\"article_conent\" class=\"share-enabled\">"
                + "<p>Body text.</p><div class=\"sns\">share</div></div></div>");
        Element container = doc.getElementById("article_conent");

        remover.removeChrome(doc, List.of(CssSelector.of(".share-enabled")), List.of(container));

        assertThat(doc.body().text()).isEqualTo("Body text.");
        assertThat(doc.getElementById("article_conent")).isNotNull();
    }

    @Test
    void keepsAGuessedWrapperThatHoldsMostOfThePage() {
        String article = "<p>" + "A long paragraph of the article itself. ".repeat(20) + "</p>";
        Document doc = doc("<form id=\"aspnetForm\"><div class=\"panel-two-col-sidebar-right\">" + article
                + "<div class=\"sidebar\">Most read</div></div></form>");

        remover.removeChrome(doc, List.of(), List.of());

        assertThat(doc.body().text()).startsWith("A long paragraph").doesNotContain("Most read");
    }

    @Test
    void removesCertainChromeEvenWhenItIsLarge() {
        Document doc = doc("<nav>" + "<a href=\"/x\">Section link</a> ".repeat(50) + "</nav><p>Short article.</p>");

        remover.removeChrome(doc, List.of(), List.of());

        assertThat(doc.body().text()).isEqualTo("Short article.");
    }

    @Test
    void keepsSectionsWhoseIdIsAHeadingAnchor() {
        Document doc = doc("<div id=\"getting-into-trouble-with-shared-history\"><p>Content about history.</p></div>"
                + "<div id=\"intro\"><p>More content here.</p></div>");

        remover.removeChrome(doc, List.of(), List.of());

        assertThat(doc.body().text()).isEqualTo("Content about history. More content here.");
    }
}
