package io.newsline.parser.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.Author;
import io.newsline.parser.FieldSource;
import io.newsline.parser.profile.TextPattern;
import java.util.List;
import org.junit.jupiter.api.Test;

class BylineFinderTest {
    private final BylineFinder finder = new BylineFinder();

    @Test
    void takesTheMediaBracketBylineOffTheFirstParagraph() {
        BylineFinder.Byline b = finder.find(List.of("[뉴데일리=오창균 기자] 정부가 대책을 발표했다.", "둘째 문단."), List.of());

        assertThat(b.authors()).containsExactly(new Author("오창균", null));
        assertThat(b.source()).isEqualTo(FieldSource.GENERIC);
        assertThat(b.paragraphs()).containsExactly("정부가 대책을 발표했다.", "둘째 문단.");
    }

    @Test
    void credistTheProfilePatternAsProfileAndKeepsTheEmailLine() {
        TextPattern profile = TextPattern.of("^\\[뉴데일리\\s*=\\s*(?<name>[^\\]]+?)\\s*기자\\]\\s*");
        BylineFinder.Byline b = finder.find(List.of("[뉴데일리=홍길동 기자] 본문.", "끝 문단.", "홍길동 기자 hong@newdaily.co.kr"), List.of(profile));

        assertThat(b.source()).isEqualTo(FieldSource.PROFILE);
        assertThat(b.authors()).containsExactly(new Author("홍길동", "hong@newdaily.co.kr"));
        assertThat(b.paragraphs()).containsExactly("본문.", "끝 문단.");
    }

    @Test
    void readsTheNewsAgencyForm() {
        BylineFinder.Byline b = finder.find(List.of("(서울=연합뉴스) 김철수 기자 = 정부가 7일 발표했다."), List.of());

        assertThat(b.authors()).containsExactly(new Author("김철수", null));
        assertThat(b.paragraphs()).containsExactly("정부가 7일 발표했다.");
    }

    @Test
    void readsAnEnglishByLine() {
        BylineFinder.Byline b = finder.find(List.of("By Jane Doe and John Roe", "The story begins."), List.of());

        assertThat(b.authors()).extracting(Author::name).containsExactly("Jane Doe", "John Roe");
        assertThat(b.paragraphs()).containsExactly("The story begins.");
    }

    @Test
    void readsChineseBylinesAtEitherEnd() {
        BylineFinder.Byline b = finder.find(List.of("本报记者 张三 李四", "记者从国家铁路集团获悉，春运客流再创新高。", "铁路部门加开夜间列车。",
                "（记者 王五）"), List.of());

        assertThat(b.authors()).extracting(Author::name).containsExactly("张三", "李四", "王五");
        assertThat(b.paragraphs()).containsExactly("记者从国家铁路集团获悉，春运客流再创新高。", "铁路部门加开夜间列车。");
    }

    @Test
    void readsChineseBylineLabels() {
        assertThat(BylineFinder.namesIn("作者：张三", null)).extracting(Author::name).containsExactly("张三");
        assertThat(BylineFinder.namesIn("文/张三、李四", null)).extracting(Author::name).containsExactly("张三", "李四");
        assertThat(finder.find(List.of("作者简介", "正文。"), List.of()).authors()).as("a label without a name").isEmpty();
    }

    @Test
    void leavesANameInTheMiddleOfTheArticleAlone() {
        List<String> body = List.of("하나.", "둘.", "셋.", "홍길동 기자", "넷.", "다섯.", "여섯.");

        assertThat(finder.find(body, List.of()).paragraphs()).isEqualTo(body);
    }

    @Test
    void splitsTheTaiwaneseAgencyDatelineIntoAThreeCharacterNameAndATwoCharacterCity() {
        List<String> body = List.of("（中央社記者林志明台北24日電）圖書館今天宣布重新開放。", "第二段。");

        BylineFinder.Byline b = finder.find(body, List.of());

        assertThat(b.authors()).containsExactly(new Author("林志明", null));
        assertThat(b.paragraphs()).isEqualTo(body);
    }

    @Test
    void prefersTheSplitWhosePlaceTheArticleNamesAgain() {
        List<String> body = List.of("（中央社記者張三新北市24日電）新北市政府今天宣布，公車路線將調整。", "第二段。");

        assertThat(finder.find(body, List.of()).authors()).containsExactly(new Author("張三", null));
    }

    @Test
    void readsEveryReporterOfTheTaiwaneseAgencyDateline() {
        List<String> body = List.of("（中央社記者林志明、王小明高雄24日電）港口今天完成擴建。", "第二段。");

        assertThat(finder.find(body, List.of()).authors()).containsExactly(new Author("林志明", null), new Author("王小明", null));
    }

    @Test
    void aCorrespondentAfterTheReportersIsAnAuthorToo() {
        BylineFinder.Byline b = finder.find(List.of("本报记者 张三 李四 通讯员 王五", "正文。"), List.of());

        assertThat(b.authors()).extracting(Author::name).containsExactly("张三", "李四", "王五");
        assertThat(b.paragraphs()).containsExactly("正文。");
    }
}
