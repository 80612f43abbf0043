package io.newsline.crawler.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html, 2025-01-24",
        "https://news.example/2024-12-31/story.html,                               2024-12-31",
        "https://news.example/article/20250124/123.html,                           2025-01-24",
        "https://news.example/view/2025012400313,                                  2025-01-24",
        "https://www.yna.co.kr/view/AKR20250124000100,                             2025-01-24",
        "https://news.example:2025/news/2023/02/30/x/2023/03/01/y.html,            2023-03-01",
    })
    void readsTheDateANewsUrlCarriesInItsPath(String url, LocalDate date) {
        assertThat(UrlDates.of(url)).contains(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://news.example/article/12345678.html",
        "https://news.example/view/NISX1234567",
        "https://news.example/article/9120250124.html",
    })
    void findsNoDateInAnUndatedUrl(String url) {
        assertThat(UrlDates.of(url)).isEmpty();
    }
}
