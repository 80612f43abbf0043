package io.newsline.crawler.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.seeds.SeedsReader;
import io.newsline.parser.Article;
import io.newsline.parser.profile.SiteProfiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/** {@link ReplayRun} over WARC files built with jwarc: the CC-NEWS shape, and damaged files. */
class ReplayRunTest {
    private static final String P313 = "/site/data/html/2025/01/24/2025012400313.html";
    private static final String P421 = "/site/data/html/2025/01/24/2025012400421.html";
    private static final String P102 = "/site/data/html/2025/01/25/2025012500102.html";
    private static final String HTML = "text/html; charset=utf-8";

    @TempDir
    Path tmp;

    private final SiteProfiles profiles = new SeedsReader().read(Path.of("..", "seeds", "newdaily.yaml"));

    @Test
    void ccNewsShapedWarcReplaysItsPagesIncludingATruncatedAndANonUtf8One() throws Exception {
        Path file = tmp.resolve("CC-NEWS-20250126030405-00000.warc.gz");
        Charset eucKr = Charset.forName("EUC-KR");
        byte[] truncatedPage = CcNewsWarcs.fixture("2025012500102.html");
        int keep = new String(truncatedPage, StandardCharsets.ISO_8859_1).indexOf("</body>");
        CcNewsWarcs warc = new CcNewsWarcs(file, WarcCompression.GZIP);
        warc.page(P313)
                .page(P421, "text/html; charset=EUC-KR", CcNewsWarcs.fixtureIn("2025012400421.html", eucKr), Integer.MAX_VALUE)
                .page(P102, HTML, truncatedPage, keep)
                .page("/site/data/img/photo.jpg", "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2}, Integer.MAX_VALUE)
                .revisit(P313)
                .close();
        Collected target = new Collected();

        ReplayRun.Outcome outcome = replay(file, target);

        assertThat(outcome.failed()).isFalse();
        assertThat(target.byUrl.keySet()).containsExactlyInAnyOrder(CcNewsWarcs.ORIGIN + P313, CcNewsWarcs.ORIGIN + P421,
                CcNewsWarcs.ORIGIN + P102);
        assertThat(target.byUrl.get(CcNewsWarcs.ORIGIN + P421).title()).startsWith("서울시");
        assertThat(target.byUrl.get(CcNewsWarcs.ORIGIN + P421).text()).contains("응급 잠자리");
        assertThat(outcome.stats().skips(ReplaySkip.REVISIT)).isEqualTo(1);
        assertThat(outcome.stats().skips(ReplaySkip.NOT_HTML)).isEqualTo(1);
        assertThat(outcome.stats().line(outcome.elapsed())).contains("pages parsed 3 (1 truncated)");
    }

    @Test
    void hostAndUrlPatternFiltersLeaveOtherPagesOut() throws Exception {
        Path file = tmp.resolve("two.warc.gz");
        new CcNewsWarcs(file, WarcCompression.GZIP)
                .page(P313)
                .page(P102)
                .close();
        Collected target = new Collected();
        ReplayFilter only0125 = new ReplayFilter(java.util.Optional.of(java.util.regex.Pattern.compile("/2025/01/25/")),
                java.util.Set.of("www.newdaily.co.kr"), java.util.Optional.empty(), java.util.Optional.empty());

        ReplayRun.Outcome outcome = new ReplayRun(profiles, true, only0125, 1).run(List.of(file), target, ReplayRun.Progress.NONE);

        assertThat(target.byUrl.keySet()).containsExactly(CcNewsWarcs.ORIGIN + P102);
        assertThat(outcome.stats().skips(ReplaySkip.FILTERED)).isEqualTo(1);
    }

    @Test
    void aWarcCutMidRecordReplaysTheRecordsBeforeAndReportsTheFileAndOffset() throws Exception {
        Path file = tmp.resolve("cut.warc.gz");
        CcNewsWarcs warc = new CcNewsWarcs(file, WarcCompression.GZIP);
        warc.page(P313);
        long secondStarts = warc.position();
        warc.page(P102).close();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 900)); // inside the second page's response

        Collected target = new Collected();
        ReplayRun.Outcome outcome = replay(file, target);

        assertThat(outcome.failed()).isTrue();
        assertThat(target.byUrl.keySet()).containsExactly(CcNewsWarcs.ORIGIN + P313);
        assertThat(outcome.stats().damage()).hasSize(1);
        WarcDamage damage = outcome.stats().damage().get(0);
        assertThat(damage.file()).isEqualTo(file);
        assertThat(damage.offset()).isGreaterThanOrEqualTo(secondStarts);
        assertThat(damage.describe()).contains("cut.warc.gz at offset " + damage.offset());
    }

    @Test
    void aBadGzipMemberIsReportedAndThePagesBeforeItAreReplayed() throws Exception {
        Path file = tmp.resolve("bad-gzip.warc.gz");
        CcNewsWarcs warc = new CcNewsWarcs(file, WarcCompression.GZIP);
        warc.page(P313);
        long secondStarts = warc.position();
        warc.page(P102).close();
        garbleDeflateData(file, secondStarts);

        Collected target = new Collected();
        ReplayRun.Outcome outcome = replay(file, target);

        assertThat(outcome.failed()).isTrue();
        assertThat(target.byUrl.keySet()).containsExactly(CcNewsWarcs.ORIGIN + P313);
        assertThat(outcome.stats().damage().get(0).offset()).isGreaterThanOrEqualTo(secondStarts);
    }

    @Test
    void aContentLengthLongerThanTheRecordIsReportedAsDamage() throws Exception {
        Path file = tmp.resolve("long.warc");
        new CcNewsWarcs(file, WarcCompression.NONE)
                .page(P313)
                .page(P102)
                .close();
        overstateContentLength(file, P102);

        Collected target = new Collected();
        ReplayRun.Outcome outcome = replay(file, target);

        assertThat(outcome.failed()).isTrue();
        assertThat(target.byUrl.keySet()).containsExactly(CcNewsWarcs.ORIGIN + P313);
        assertThat(outcome.stats().damage().get(0).file()).isEqualTo(file);
    }

    @Test
    void afterABadGzipMemberReplayResumesAtTheNextRecordAndReportsTheSkippedRange() throws Exception {
        Path file = tmp.resolve("bad-middle.warc.gz");
        CcNewsWarcs warc = new CcNewsWarcs(file, WarcCompression.GZIP);
        warc.page(P313);
        long secondStarts = warc.position();
        warc.page(P421);
        long thirdStarts = warc.position();
        warc.page(P102).close();
        garbleDeflateData(file, secondStarts);

        Collected target = new Collected();
        ReplayRun.Outcome outcome = replay(file, target);

        assertThat(outcome.failed()).isTrue();
        assertThat(target.byUrl.keySet()).containsExactlyInAnyOrder(CcNewsWarcs.ORIGIN + P313, CcNewsWarcs.ORIGIN + P102);
        assertThat(outcome.stats().damage()).hasSize(1);
        WarcDamage damage = outcome.stats().damage().get(0);
        assertThat(damage.offset()).isBetween(secondStarts, thirdStarts - 1);
        assertThat(damage.resumedAt()).isPresent();
        assertThat(damage.resumedAt().getAsLong()).isGreaterThan(damage.offset()).isLessThanOrEqualTo(thirdStarts);
        assertThat(damage.describe()).contains("bad-middle.warc.gz at offset " + damage.offset())
                .contains("resumed at the next record, offset " + damage.resumedAt().getAsLong());
    }

    @Test
    void afterAnOverLongContentLengthInAnUncompressedFileReplayResumesAtTheNextWarcHeader() throws Exception {
        Path file = tmp.resolve("long-middle.warc");
        new CcNewsWarcs(file, WarcCompression.NONE)
                .page(P313)
                .page(P421)
                .page(P102)
                .close();
        overstateContentLength(file, P421);

        Collected target = new Collected();
        ReplayRun.Outcome outcome = replay(file, target);

        assertThat(outcome.failed()).isTrue();
        assertThat(target.byUrl.keySet()).containsExactlyInAnyOrder(CcNewsWarcs.ORIGIN + P313, CcNewsWarcs.ORIGIN + P102);
        assertThat(outcome.stats().damage()).singleElement().satisfies(d -> assertThat(d.resumedAt()).isPresent());
    }

    private ReplayRun.Outcome replay(Path file, Collected target) throws InterruptedException {
        return new ReplayRun(profiles, true, ReplayFilter.ALL, 2).run(List.of(file), target, ReplayRun.Progress.NONE);
    }

    /** Flips 64 bytes inside the deflate data of the gzip member that starts at {@code memberStart}. */
    private static void garbleDeflateData(Path file, long memberStart) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < 64; i++) {
            bytes[(int) memberStart + 600 + i] ^= 0x5a;
        }
        Files.write(file, bytes);
    }

    /** Makes the WARC header of the response record of {@code path} declare 100,000 bytes more than the record holds. */
    private static void overstateContentLength(Path file, String path) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        int response = text.lastIndexOf("WARC/1.0\r\n", responseOf(text, path));
        int at = text.indexOf("Content-Length: ", response) + "Content-Length: ".length(); // the WARC header's
        int end = text.indexOf("\r\n", at);
        long declared = Long.parseLong(text.substring(at, end));
        text = text.substring(0, at) + (declared + 100_000) + text.substring(end);
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The offset of the {@code WARC-Type: response} line of the response record of {@code path}. */
    private static int responseOf(String text, String path) {
        int from = 0;
        while (true) {
            int type = text.indexOf("WARC-Type: response", from);
            int header = text.lastIndexOf("WARC/1.0\r\n", type);
            int uri = text.indexOf("WARC-Target-URI: " + CcNewsWarcs.ORIGIN + path, header);
            if (uri >= 0 && uri < text.indexOf("\r\n\r\n", header)) {
                return type;
            }
            from = type + 1;
        }
    }

    /** Collects the replayed articles by URL; everything counts as published. */
    private static final class Collected implements ReplayTarget {
        final Map<String, Article> byUrl = new ConcurrentHashMap<>();

        @Override
        public boolean publish(Article article, ArchivedPage page) {
            byUrl.put(page.url(), article);
            return true;
        }

        @Override
        public long finish() {
            return 0;
        }
    }
}
