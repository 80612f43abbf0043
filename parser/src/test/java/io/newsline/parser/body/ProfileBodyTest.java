package io.newsline.parser.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.Image;
import io.newsline.parser.profile.CssSelector;
import io.newsline.parser.profile.ExtractRules;
import io.newsline.parser.profile.SelectorMatches;
import io.newsline.parser.profile.SiteProfile;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

class ProfileBodyTest {
    private final ProfileBody body = new ProfileBody();

    private static SiteProfile profile(List<String> bodySelectors, List<String> captions) {
        ExtractRules rules = new ExtractRules(null, null, bodySelectors.stream().map(CssSelector::of).toList(), null, null, null,
                null, captions.stream().map(CssSelector::of).toList(), null, null, null);
        return new SiteProfile("test", 1, "Test", List.of("news.example.kr"), "ko", ZoneId.of("Asia/Seoul"), null, null, rules, null, null, null);
    }

    private BodyContent read(String html, SiteProfile profile) {
        Document doc = Jsoup.parse(html, "https://news.example.kr/a.html");
        SelectorMatches matches = SelectorMatches.of(doc, profile.extract());
        NodeTraversor.traverse(matches, doc);
        return body.read(body.candidates(matches, profile), profile).orElseThrow();
    }

    @Test
    void splitsParagraphsOnBrPairsParagraphsAndListItemsKeepingHeadingsInOrder() {
        BodyContent b = read("""
                <div id="body">첫 문단은 줄바꿈 두 번으로 끝난다.<br><br>둘째 문단은<br>한 번의 줄바꿈을 품는다.<br><br>
                <h3>중간 제목</h3><p>셋째 문단.</p><ul><li class="par">넷째 문단.</li><li class="par">다섯째 문단.</li></ul></div>""",
                profile(List.of("#body"), List.of()));

        assertThat(b.blocks()).containsExactly("첫 문단은 줄바꿈 두 번으로 끝난다.", "둘째 문단은 한 번의 줄바꿈을 품는다.", "중간 제목",
                "셋째 문단.", "넷째 문단.", "다섯째 문단.");
    }

    @Test
    void turnsPhotoBlocksIntoImagesAndTheirCaptionLinesIntoCaptions() {
        BodyContent b = read("""
                <div id="body"><p>본문 첫 문단은 한 문장보다 길어서 프로필 본문으로 충분히 인정된다.</p>
                <div class="photo"><img src="data:image/gif;base64,AAAA" data-srcset="/img/a-400.jpg 400w, /img/a-1200.jpg 1200w"></div>
                <p>▲ 시청 앞 광장ⓒ뉴데일리 DB</p><p>마지막 문단.</p></div>""", profile(List.of("#body"), List.of()));

        assertThat(b.images()).containsExactly(new Image("https://news.example.kr/img/a-1200.jpg", "시청 앞 광장", "뉴데일리 DB"));
        assertThat(b.blocks()).containsExactly("본문 첫 문단은 한 문장보다 길어서 프로필 본문으로 충분히 인정된다.", "마지막 문단.");
    }

    @Test
    void readsCaptionsFromTheProfileCaptionSelector() {
        BodyContent b = read("""
                <div id="body"><p>본문 첫 문단은 한 문장보다 길어서 프로필 본문으로 충분히 인정된다.</p>
                <div class="pic"><img src="/img/b.jpg"><span class="cap">▲ 김황식ⓒ연합뉴스</span></div></div>""",
                profile(List.of("#body"), List.of("#body > div.pic")));

        assertThat(b.images()).containsExactly(new Image("https://news.example.kr/img/b.jpg", "김황식", "연합뉴스"));
    }

    @Test
    void triesTheNextSelectorWhenTheFirstHoldsNoText() {
        BodyContent b = read("<div id=\"empty\"> </div><div id=\"old\"><p>옛 레이아웃의 본문 문단이 여기에 있다, 충분히 길게.</p></div>",
                profile(List.of("#empty", "#old"), List.of()));

        assertThat(b.blocks()).containsExactly("옛 레이아웃의 본문 문단이 여기에 있다, 충분히 길게.");
    }
}
