package io.newsline.publisher;

import io.newsline.parser.Article;
import io.newsline.parser.Author;
import io.newsline.parser.Extraction;
import io.newsline.parser.FieldSource;
import io.newsline.parser.Image;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Articles for tests: one fully filled sample, one with only the required parts, and generated Korean ones. */
final class SampleArticles {

    static final Instant FETCHED_AT = Instant.parse("2025-01-24T06:01:02.345Z");

    private SampleArticles() {
    }

    static Article full() {
        return new Article(
                "https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400123.html?utm=x",
                "https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400123.html",
                "뉴데일리",
                "2025012400123",
                "정치",
                "ko",
                "국회, 예산안 처리 합의",
                "여야 원내대표 회동 결과",
                List.of(new Author("김기자", "kim@newdaily.co.kr"), new Author("이기자", null)),
                OffsetDateTime.parse("2025-01-24T14:55:00+09:00"),
                OffsetDateTime.parse("2025-01-24T16:10:00+09:00"),
                List.of("여야는 24일 국회에서 예산안 처리에 합의했다.", "합의문에는 \"민생\" 예산 증액이 담겼다."),
                List.of(new Image("https://img.newdaily.co.kr/a.jpg", "회동하는 원내대표들", "뉴데일리 DB"),
                        new Image("https://img.newdaily.co.kr/b.jpg", null, null)),
                List.of("국회", "예산"),
                false,
                new Extraction("newdaily", "3", Map.of("title", FieldSource.PROFILE, "publishedAt",
                        FieldSource.METADATA, "paragraphs", FieldSource.PROFILE, "section", FieldSource.URL),
                        List.of("subtitle selector matched nothing; used og:description"),
                        new Extraction.FoundBy("link", "https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400100.html")));
    }

    /** Only what the parser always gives: URL, title, body; no profile. */
    static Article minimal() {
        return new Article("https://example.kr/news/1", null, null, null, null, null, "제목", null, null, null, null,
                List.of("본문."), null, null, false, new Extraction(null, null, null, null));
    }

    static Article withParagraphs(Article a, List<String> paragraphs) {
        return new Article(a.url(), a.canonicalUrl(), a.site(), a.siteArticleId(), a.section(), a.language(),
                a.title(), a.subtitle(), a.authors(), a.publishedAt(), a.modifiedAt(), paragraphs, a.images(),
                a.tags(), a.paywalled(), a.extraction());
    }

    /** An article with id {@code newdaily:<n>} and about {@code bytes} bytes of Korean body text. */
    static Article korean(long n, int bytes, Random random) {
        List<String> paragraphs = new ArrayList<>();
        int size = 0;
        while (size < bytes) {
            String p = koreanSentence(random, 40 + random.nextInt(80));
            paragraphs.add(p);
            size += p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        Article base = full();
        return new Article("https://www.newdaily.co.kr/site/data/html/2025/01/24/" + n + ".html", null, base.site(),
                Long.toString(n), base.section(), "ko", koreanSentence(random, 12), null, base.authors(),
                base.publishedAt(), base.modifiedAt(), paragraphs, base.images(), base.tags(), false,
                base.extraction());
    }

    private static final String[] WORDS = {"국회", "정부", "예산", "대통령", "경제", "시장", "서울", "발표", "합의",
        "기자", "회의", "정책", "국민", "지역", "교육", "의원", "사업", "지원", "계획", "결정", "오늘", "올해"};

    /** Words drawn from a small news vocabulary, so it compresses like real text rather than random syllables. */
    static String koreanSentence(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(5) == 0) {
                sb.append((char) (0xAC00 + random.nextInt(11172))); // a random syllable
            }
        }
        return sb.append('.').toString();
    }
}
