package io.newsline.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: help, parse, and errors that name what to fix. */
class NewslineCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void helpListsEveryCommandAndEveryCrawlOption() {
        Result top = run("--help");
        assertThat(top.exit).isZero();
        assertThat(top.out).contains("crawl", "parse", "tail", "broker", "eval");
        Result crawl = run("crawl", "--help");
        assertThat(crawl.out).contains("--seeds", "--kafka", "--topic", "--data", "--max-pages", "--resolve", "--cacert",
                "--allow-private-addresses", "--every", "--delay", "NEWSLINE_KAFKA_BOOTSTRAP_SERVERS");
        for (String command : new String[] {"parse", "tail", "broker", "eval"}) {
            assertThat(run(command, "--help").exit).as(command + " --help").isZero();
        }
    }

    @Test
    void crawlHelpSaysWhatResetStateDoes() {
        Result crawl = run("crawl", "--help");

        assertThat(crawl.out.replaceAll("\\s+", " ")).contains("--reset-state")
                .contains("Forget the crawl state in --data").contains("publish every article again");
    }

    @Test
    void parseOfOneFilePrintsThePrettyRecordWithTheProfileChosenByTheUrlsHost() throws IOException {
        Path page = resource("e2e/newdaily/__files/2025012400313.html", "article.html");

        Result r = run("parse", page.toString(), "--url", "https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html",
                "--seeds", Path.of("..", "seeds").toString());

        assertThat(r.exit).as(r.err).isZero();
        JsonNode record = JSON.readTree(r.out);
        assertThat(r.out).contains("\n  \"");
        assertThat(record.get("id").asText()).isEqualTo("newdaily:2025012400313");
        assertThat(record.get("title").asText()).isEqualTo("트럼프, AI 패권 잡으려 '국가비상사태' 선포 … 딥시크는 美中 'AI 대전' 서곡");
        assertThat(record.get("extraction").get("profile").asText()).isEqualTo("newdaily");
        assertThat(r.out).doesNotContain("회원가입").doesNotContain("댓글 쓰기").doesNotContain("권한이 없습니다");
    }

    @Test
    void parseOfSeveralFilesPrintsOneLinePerFileInOrderAndSaysWhyAPageIsNoArticle() throws IOException {
        Path a = resource("e2e/newdaily/__files/2025012400421.html", "a.html");
        Path listing = resource("e2e/newdaily/__files/section.html", "listing.html");
        Path b = resource("e2e/newdaily/__files/2025012500102.html", "b.html");

        Result r = run("parse", a.toString(), listing.toString(), b.toString(), "--seeds", Path.of("..", "seeds").toString());

        String[] lines = r.out.strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines[0]).get("id").asText()).isEqualTo("newdaily:2025012400421");
        JsonNode none = JSON.readTree(lines[1]);
        assertThat(none.get("text").asText()).isEmpty();
        assertThat(none.get("reason").asText()).isNotBlank();
        assertThat(JSON.readTree(lines[2]).get("id").asText()).isEqualTo("newdaily:2025012500102");
    }

    @Test
    void parseOfAPageOverTheTimeLimitEndsWithTheReasonOnStandardErrorAndExitOne() throws IOException {
        Path seeds = resource("backtracking/backtracking.yaml", "backtracking.yaml");
        Path page = resource("backtracking/stuck.html", "stuck.html");

        Result r = run("parse", page.toString(), "--url", "https://www.backtracking.example/news/1", "--seeds", seeds.toString(),
                "--time-limit", "3s");

        assertThat(r.exit).isEqualTo(Newsline.EXIT_FAILED);
        assertThat(r.err).contains(page + ": extraction took longer than 3 s; the regular expression '^(.*a){20}$' ("
                + seeds + ":13, field extract.dropText[1]) was still matching and may backtrack catastrophically");
        assertThat(JSON.readTree(r.out).get("reason").asText()).startsWith("extraction failed: extraction took longer than 3 s");
    }

    @Test
    void parseRefusesATimeLimitThatIsNotPositiveNamingTheOption() throws IOException {
        Path page = resource("backtracking/calm.html", "calm.html");

        Result r = run("parse", page.toString(), "--time-limit", "0s");

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("--time-limit", "is not a positive duration");
    }

    @Test
    void aSiteFileWithATypoFailsNamingFileLineAndField() throws IOException {
        Path seeds = tmp.resolve("broken.yaml");
        Files.writeString(seeds, "name: broken\nhosts: [www.example.com]\nextract:\n  titel: ['h1']\n", StandardCharsets.UTF_8);

        Result r = run("crawl", "--seeds", seeds.toString(), "--data", tmp.resolve("data").toString(), "--kafka", "127.0.0.1:1");

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("broken.yaml:4").contains("titel").contains("title");
    }

    @Test
    void aBadResolveValueIsRefusedWithTheExpectedForm() {
        Result r = run("crawl", "--seeds", "../seeds", "--resolve", "www.example.com:127.0.0.1");
        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("HOST:PORT:ADDRESS");
    }

    @Test
    void aContactWithANonAsciiCharacterIsRefusedAtStartNamingTheOptionAndWhatIsAllowed() {
        Result r = crawlWith("--contact", "https://뉴스.example/crawler");

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("--contact").contains("U+B274").contains("printable ASCII");
    }

    @Test
    void aContactWithALineBreakIsRefusedAtStart() {
        Result r = crawlWith("--contact", "https://example.com/\r\nX-Injected: 1");

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("--contact").contains("U+000D").doesNotContain("\r\n");
    }

    @Test
    void aZeroEveryIsRefusedNamingTheOption() {
        Result r = crawlWith("--every", "0s");

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("--every").contains("not a positive duration");
    }

    @Test
    void aNegativeIsoEveryIsRefusedNamingTheOption() {
        Result r = crawlWith("--every=-PT1S");

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("--every").contains("not a positive duration");
    }

    @Test
    void aNegativeDelayIsRefusedNamingTheOption() {
        Result r = crawlWith("--delay", "PT-1S");

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("--delay").contains("negative");
    }

    @Test
    void aZeroWorkerStatusIntervalIsRefusedNamingTheOption() {
        Result r = run("worker", "--group", "g", "--seeds", "../seeds", "--kafka", "127.0.0.1:1", "--broker-timeout", "1s",
                "--status-every", "0s");

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("--status-every").contains("not a positive duration");
    }

    @Test
    void aWorkerThatCannotReachKafkaExitsTwoWithoutCreatingItsWarcDirectory() {
        Path warc = tmp.resolve("warc");

        Result r = run("worker", "--group", "g", "--seeds", "../seeds", "--data", tmp.resolve("data").toString(),
                "--kafka", "127.0.0.1:1", "--broker-timeout", "1s", "--warc", warc.toString());

        assertThat(r.exit).as(r.err).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("127.0.0.1:1");
        // on the old code the worker opened its archive before asking Kafka, and left it behind on this exit
        assertThat(warc).doesNotExist();
    }

    /** {@code crawl} of the project's seeds with {@code extra} options; Kafka is unreachable, so nothing is fetched. */
    private Result crawlWith(String... extra) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("crawl", "--seeds", "../seeds",
                "--data", tmp.resolve("data").toString(), "--kafka", "127.0.0.1:1", "--broker-timeout", "1s"));
        args.addAll(java.util.List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private Path resource(String name, String as) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            Path file = tmp.resolve(as);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Newsline.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private record Result(int exit, String out, String err) {
    }
}
