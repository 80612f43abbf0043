package io.newsline.record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Records for tests, built without the parser: {@link #full()} is the golden file
 * {@code records/article-v1-full.json}, {@link #minimal()} has only the required fields.
 */
final class SampleRecords {

    static final Instant FETCHED_AT = Instant.parse("2025-01-24T06:01:02.345Z");

    private SampleRecords() {
    }

    static ArticleRecord full() {
        return new ArticleRecord(
                ArticleRecord.SCHEMA_VERSION,
                "newdaily:2025012400123",
                2,
                "sha256:" + "ab".repeat(32),
                "sha256:9c8e326ca5b2ce282cdcfd2fea2060b0b3cdc5e51981bb0bb417fcf8b880eff8",
                "https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400123.html?utm=x",
                "https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400123.html",
                "뉴데일리",
                "newdaily",
                "정치",
                "ko",
                "국회, 예산안 처리 합의",
                "여야 원내대표 회동 결과",
                List.of(new ArticleRecord.Author("김기자", "kim@newdaily.co.kr"), new ArticleRecord.Author("이기자", null)),
                OffsetDateTime.parse("2025-01-24T14:55:00+09:00"),
                OffsetDateTime.parse("2025-01-24T16:10:00+09:00"),
                List.of("여야는 24일 국회에서 예산안 처리에 합의했다.", "합의문에는 \"민생\" 예산 증액이 담겼다."),
                null,
                List.of(new ArticleRecord.Image("https://img.newdaily.co.kr/a.jpg", "회동하는 원내대표들", "뉴데일리 DB"),
                        new ArticleRecord.Image("https://img.newdaily.co.kr/b.jpg", null, null)),
                List.of("국회", "예산"),
                false,
                FETCHED_AT,
                new ArticleRecord.Extraction("newdaily", "3", Map.of("title", FieldSource.PROFILE, "publishedAt",
                        FieldSource.METADATA, "paragraphs", FieldSource.PROFILE, "section", FieldSource.URL),
                        List.of("subtitle selector matched nothing; used og:description"),
                        new ArticleRecord.FoundBy("link", "https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400100.html")));
    }

    /** Only what every record has: id, version 1, hash, URL, title, body; no profile. */
    static ArticleRecord minimal() {
        return new ArticleRecord(ArticleRecord.SCHEMA_VERSION, "url:" + "0f".repeat(16), 1, null,
                "sha256:" + "12".repeat(32), "https://example.kr/news/1", null, null, null, null, null, "제목", null,
                null, null, null, List.of("본문."), null, null, null, false, FETCHED_AT, null);
    }
}
