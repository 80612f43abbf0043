package io.newsline.crawler.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.fetch.FetchOutcome;
import io.newsline.crawler.fetch.FetchResult;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;

/** {@code --warc}: what {@link WarcArchive} writes, read back with jwarc. */
class WarcArchiveTest {
    private static final Instant FETCHED = Instant.parse("2025-01-26T03:04:05Z");
    private static final Clock CLOCK = Clock.fixed(FETCHED.plusSeconds(1), ZoneOffset.UTC);
    private static final String URL = "https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html";

    @TempDir
    Path tmp;

    @Test
    void aFileHoldingTheMaxSizeIsClosedAndTheNextPageStartsANewStandardNamedFileEachReadableOnItsOwn() throws Exception {
        WarcArchive archive = new WarcArchive(WarcConfig.in(tmp).withMaxFileBytes(1024), CLOCK);
        List<String> urls = List.of(URL, URL.replace("00313", "00421"), URL.replace("00313", "00102"));
        for (String url : urls) {
            archive.keep(page(url, CcNewsWarcs.fixture("2025012400313.html")));
        }
        archive.close();

        List<Path> files = warcFiles();
        assertThat(files).hasSize(3);
        List<String> archived = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i).getFileName().toString()).matches("newsline-20250126030406000-0000" + i + "-[A-Za-z0-9._]+\\.warc\\.gz");
            List<WarcRecord> records = readAll(files.get(i));
            assertThat(records.get(0)).isInstanceOf(Warcinfo.class);
            assertThat(((Warcinfo) records.get(0)).filename()).contains(files.get(i).getFileName().toString());
            records.stream().filter(r -> r instanceof WarcResponse).forEach(r -> archived.add(((WarcResponse) r).target()));
        }
        assertThat(archived).containsExactlyElementsOf(urls);
    }

    @Test
    void theMetadataRecordRefersToTheResponseAndNamesTheArticleIdAndVersionItProduced() throws Exception {
        WarcArchive archive = new WarcArchive(WarcConfig.in(tmp), CLOCK);
        URI responseId = archive.keep(page(URL, CcNewsWarcs.fixture("2025012400313.html"))).orElseThrow();
        archive.produced(responseId, URL, PageArchive.Outcome.PUBLISHED, "newdaily:2025012400313", 3);
        archive.close();

        try (WarcReader reader = new WarcReader(warcFiles().get(0))) {
            WarcResponse response = null;
            WarcMetadata metadata = null;
            for (WarcRecord r : reader) {
                if (r instanceof WarcResponse res) {
                    response = res;
                } else if (r instanceof WarcMetadata m) {
                    metadata = m;
                    break; // its fields are read from the open file below
                }
            }
            assertThat(response).isNotNull();
            assertThat(response.id()).isEqualTo(responseId);
            assertThat(response.date()).isEqualTo(FETCHED);
            assertThat(metadata).isNotNull();
            assertThat(metadata.headers().first("WARC-Refers-To")).contains("<" + responseId + ">");
            org.netpreserve.jwarc.MessageHeaders fields = metadata.fields();
            assertThat(fields.first("newsline-article-id")).contains("newdaily:2025012400313");
            assertThat(fields.first("newsline-article-version")).contains("3");
            assertThat(fields.first("newsline-outcome")).contains("published");
        }
    }

    @Test
    void aKeptPageIsInTheFileWhenKeepReturnsBeforeAnyCloseOrRoll() throws Exception {
        WarcArchive archive = new WarcArchive(WarcConfig.in(tmp), CLOCK);
        byte[] body = CcNewsWarcs.fixture("2025012400313.html");

        archive.keep(page(URL, body));

        // read by another reader while the archive is open: what a crash of this process right now would leave
        List<WarcRecord> records = readAll(warcFiles().get(0));
        WarcResponse response = records.stream().filter(r -> r instanceof WarcResponse).map(r -> (WarcResponse) r).findFirst().orElseThrow();
        assertThat(response.target()).isEqualTo(URL);
        archive.close();
    }

    private static FetchResult page(String url, byte[] body) {
        return new FetchResult(url, url, 200, "text/html; charset=utf-8", null, null, null, body, FETCHED, Duration.ofMillis(40),
                List.of(), FetchOutcome.OK, null);
    }

    private List<Path> warcFiles() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.toString().endsWith(".warc.gz")).sorted().toList();
        }
    }

    private static List<WarcRecord> readAll(Path file) throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                r.get().body().consume();
                records.add(r.get());
            }
        }
        return records;
    }
}
