package io.newsline.crawler.run;

import io.newsline.publisher.ArticleRecords;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.VersionStore;
import io.newsline.crawler.testing.ArticleEdits;
import io.newsline.parser.Article;
import io.newsline.record.ArticleRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The one version decision of both modes, over a store that commits nothing (as before a broker acknowledges). */
class VersionerTest {
    private static final String URL = "https://demo.example/news/42";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final Map<String, ArticleVersion> committed = new ConcurrentHashMap<>();
    private final List<ArticleRecord> sent = new CopyOnWriteArrayList<>();
    private final Versioner versioner = new Versioner(
            VersionStore.reservingOver(id -> Optional.ofNullable(committed.get(id))), new ArticleLocks());

    @Test
    void publishesAnArticleSeenForTheFirstTimeAsVersionOneWithoutAPreviousHash() {
        ArticleSink.Decision d = versioner.publishIfChanged(ArticleEdits.edit("42", URL, "a"), NOW, sent::add);

        assertThat(d).isInstanceOf(ArticleSink.Decision.Published.class);
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.version()).isEqualTo(1);
            assertThat(r.previousContentHash()).isNull();
        });
    }

    @Test
    void sendsNothingForAnArticleWhoseContentEqualsItsLatestVersion() {
        Article a = ArticleEdits.edit("42", URL, "a");
        committed.put(ArticleRecords.idOf(a), new ArticleVersion(ArticleRecords.idOf(a), 3, ArticleRecords.contentHashOf(a)));

        ArticleSink.Decision d = versioner.publishIfChanged(a, NOW, sent::add);

        assertThat(d).isEqualTo(new ArticleSink.Decision.Unchanged(ArticleRecords.idOf(a)));
        assertThat(sent).isEmpty();
    }

    @Test
    void publishesAnEditAsTheNextVersionCarryingThePreviousContentHash() {
        Article before = ArticleEdits.edit("42", URL, "a");
        String id = ArticleRecords.idOf(before);
        committed.put(id, new ArticleVersion(id, 3, ArticleRecords.contentHashOf(before)));

        versioner.publishIfChanged(ArticleEdits.edit("42", URL, "b"), NOW, sent::add);

        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.version()).isEqualTo(4);
            assertThat(r.previousContentHash()).isEqualTo(ArticleRecords.contentHashOf(before));
        });
    }

    @Test
    void countsAVersionSentButNotYetCommittedWhenTheNextEditArrives() {
        versioner.publishIfChanged(ArticleEdits.edit("42", URL, "a"), NOW, sent::add);
        versioner.publishIfChanged(ArticleEdits.edit("42", URL + "?via=feed", "b"), NOW, sent::add);
        versioner.publishIfChanged(ArticleEdits.edit("42", URL, "b"), NOW, sent::add);

        assertThat(sent).extracting(ArticleRecord::version).containsExactly(1, 2);
        assertThat(sent.get(1).previousContentHash()).isEqualTo(sent.get(0).contentHash());
    }
}
