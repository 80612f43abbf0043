package io.newsline.parser.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisibleDateLinesTest {
    private final DateParser dates = new DateParser();

    private VisibleDateLines.Found find(String html) {
        return VisibleDateLines.find(DocumentFacts.of(Jsoup.parse(html)).dateLabelTexts);
    }

    private Optional<String> unlabeled(String html) {
        DocumentFacts facts = DocumentFacts.of(Jsoup.parse(html));
        return VisibleDateLines.firstUnlabeled(facts.dateLabelTexts, facts.dateTextsBeforeH1);
    }

    private Optional<OffsetDateTime> at(Optional<String> text, String zone) {
        return text.flatMap(t -> dates.parse(t, ZoneId.of(zone)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "입력 2025.01.24 10:30                  | 2025-01-24T10:30+09:00",
        "입력 2025-01-24 오전 10:30              | 2025-01-24T10:30+09:00",
        "입력 2025-01-24 오후 3:05               | 2025-01-24T15:05+09:00",
        "기사입력 2025.01.24. 오후 3:05           | 2025-01-24T15:05+09:00",
        "승인 2025.01.24 10:30                  | 2025-01-24T10:30+09:00",
        "등록 2025-01-24 10:30:15               | 2025-01-24T10:30:15+09:00",
        "수정 2025-01-24 11:00 입력 2025-01-24 10:30 | 2025-01-24T10:30+09:00",
        "입력 2025.01.24 (10:30) 수정 2025.01.24 (11:00) | 2025-01-24T10:30+09:00",
        "송고시간2025-01-24 10:30                | 2025-01-24T10:30+09:00",
        "입력2025.01.24 10:30                   | 2025-01-24T10:30+09:00",
    })
    void readsKoreanPublicationLines(String line, String expected) {
        VisibleDateLines.Found found = find("<html lang=ko><p>" + line + "</p>");

        assertThat(at(found.publishedText(), "Asia/Seoul")).hasValue(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "发布时间：2025-01-24 10:30                 | 2025-01-24T10:30+08:00",
        "时间：2025/01/24 10:30:15 来源：新华网       | 2025-01-24T10:30:15+08:00",
        "发布于 2025年1月24日10:30                  | 2025-01-24T10:30+08:00",
        "更新时间：2025-01-25 09:00 发布时间：2025-01-24 10:30 | 2025-01-24T10:30+08:00",
        "发布时间：2025年01月24日 晚上8:30            | 2025-01-24T20:30+08:00",
        "时间：2025年1月24日 20点05分 来源：人民网       | 2025-01-24T20:05+08:00",
    })
    void readsChinesePublicationLines(String line, String expected) {
        VisibleDateLines.Found found = find("<html lang=zh-CN><p>" + line + "</p>");

        assertThat(at(found.publishedText(), "Asia/Shanghai")).hasValue(OffsetDateTime.parse(expected));
    }

    @Test
    void aChangeLineIsNotThePublication() {
        String koreanPage = "<html lang=ko><p>업데이트 2025.01.25 09:00</p><p>수정 2025.01.25 10:00</p>";
        String chinesePage = "<html lang=zh-CN><h1>标题</h1><p>更新时间：2025-01-25 09:00</p>";
        VisibleDateLines.Found korean = find(koreanPage);
        VisibleDateLines.Found chinese = find(chinesePage);

        assertThat(korean.publishedText()).isEmpty();
        assertThat(unlabeled(koreanPage)).isEmpty();
        assertThat(at(korean.modifiedText(), "Asia/Seoul")).hasValue(OffsetDateTime.parse("2025-01-25T09:00+09:00"));
        assertThat(chinese.publishedText()).isEmpty();
        assertThat(unlabeled(chinesePage)).isEmpty();
        assertThat(at(chinese.modifiedText(), "Asia/Shanghai")).hasValue(OffsetDateTime.parse("2025-01-25T09:00+08:00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<span>2025年01月24日 10:30</span> <span>来源：新华网</span> | 2025-01-24T10:30+08:00",
        "<span>2025-01-24 10:30:00</span>                       | 2025-01-24T10:30+08:00",
        "<span>2025.01.24 10:30</span>                          | 2025-01-24T10:30+08:00",
        "<span>2025-01-24</span> <span>10:30</span>             | 2025-01-24T10:30+08:00",
    })
    void takesTheFirstUnlabelledDateTimeAfterTheHeadline(String line, String expected) {
        Optional<String> found = unlabeled("<html lang=zh-CN><ul><li>旧闻 2024-12-01 08:00</li></ul>"
                + "<h1>城市地铁新线路今日开通运营</h1><div class=info>" + line + "</div><p>相关 2025-01-20 09:00</p>");

        assertThat(at(found, "Asia/Shanghai")).hasValue(OffsetDateTime.parse(expected));
    }

    @Test
    void aDateTheBodyMentionsIsNoDateLine() {
        String page = "<html lang=zh-CN><h1>标题</h1><div>2025-01-24 10:30</div><p>报名时间：2025年2月1日 09:00</p>";

        assertThat(find(page).publishedText()).isEmpty();
        assertThat(at(unlabeled(page), "Asia/Shanghai")).hasValue(OffsetDateTime.parse("2025-01-24T10:30+08:00"));
    }

    @Test
    void aDateWithoutATimeIsNoUnlabelledDateLine() {
        assertThat(unlabeled("<html lang=zh-CN><div>2025年01月24日 星期五</div><h1>标题</h1>")).isEmpty();
    }
}
