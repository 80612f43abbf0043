package io.newsline.crawler.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.newsline.crawler.cli.Newsline;
import io.newsline.publisher.EmbeddedBroker;
import io.newsline.publisher.testing.TestBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code newsline crawl} against a newdaily-like mirror (WireMock, through --resolve) into a real in-process
 * Kafka broker; the topic is then read back with a read_committed consumer.
 */
class CrawlEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CHROME = List.of("회원가입", "로그인", "아이디", "비밀번호", "ID/PW 찾기", "댓글 쓰기",
            "권한이 없습니다", "많이 본 기사", "무단전재", "All rights reserved", "페이스북", "관련기사");

    @TempDir
    Path tmp;

    @RegisterExtension
    final NewdailyMirror mirror = new NewdailyMirror();
    final String topic = "e2e." + UUID.randomUUID();


    @Test
    void publishesEveryArticleOnceWithCleanFieldsAndNothingElse() throws Exception {
        Run run = crawl();

        assertThat(run.exit).as(run.output).isZero();
        List<TestBroker.StoredRecord> records = TestBroker.readAll(topic, Duration.ofSeconds(5));
        Map<String, JsonNode> byKey = new TreeMap<>();
        for (TestBroker.StoredRecord r : records) {
            assertThat(byKey.put(r.key(), JSON.readTree(r.value()))).as("one record per key: " + r.key()).isNull();
        }
        JsonNode expected = JSON.readTree(getClass().getClassLoader().getResourceAsStream("e2e/newdaily/expected.json"));
        assertThat(byKey.keySet()).as(run.output).containsExactlyInAnyOrder(
                "newdaily:2025012400313", "newdaily:2025012400421", "newdaily:2025012500102", "newdaily:2025012500215");
        for (JsonNode want : expected) {
            JsonNode got = byKey.get("newdaily:" + want.get("id").asText());
            assertThat(got.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(got.get("id").asText()).isEqualTo("newdaily:" + want.get("id").asText());
            assertThat(got.get("version").asInt()).isEqualTo(1);
            assertThat(got.get("url").asText()).isEqualTo(mirror.origin() + want.get("path").asText());
            assertThat(got.get("canonicalUrl").asText()).isEqualTo(mirror.origin() + want.get("path").asText());
            assertThat(got.get("site").asText()).isEqualTo("뉴데일리");
            assertThat(got.get("language").asText()).isEqualTo("ko");
            assertThat(got.get("title").asText()).isEqualTo(want.get("title").asText());
            assertThat(got.get("subtitle").asText()).isEqualTo(want.get("subtitle").asText());
            assertThat(got.get("section").asText()).isEqualTo(want.get("section").asText());
            assertThat(got.get("publishedAt").asText()).isEqualTo(want.get("publishedAt").asText());
            assertThat(got.get("authors").get(0).get("name").asText()).isEqualTo(want.get("author").asText());
            JsonNode paragraphs = got.get("paragraphs");
            assertThat(paragraphs.size()).isEqualTo(3);
            assertThat(paragraphs.get(0).asText()).isEqualTo(want.get("first").asText());
            assertThat(paragraphs.get(paragraphs.size() - 1).asText()).isEqualTo(want.get("last").asText());
            assertThat(got.get("text").asText()).startsWith(want.get("first").asText()).endsWith(want.get("last").asText());
            JsonNode image = got.get("images").get(0);
            assertThat(image.get("caption").asText()).isEqualTo(want.get("caption").asText());
            assertThat(image.get("credit").asText()).isEqualTo(want.get("credit").asText());
            assertThat(got.get("contentHash").asText()).startsWith("sha256:");
            assertThat(got.get("fetchedAt").asText()).isNotBlank();
            assertThat(got.get("extraction").get("profile").asText()).isEqualTo("newdaily");
            String all = got.toString();
            for (String chrome : CHROME) {
                assertThat(all).as("chrome '" + chrome + "' in " + got.get("id")).doesNotContain(chrome);
            }
            assertThat(all).doesNotContain("[뉴데일리=").doesNotContain("▲");
        }
        // robots.txt was read before anything else of the host, and the non-article pages were never published
        assertThat(mirror.server().findAll(getRequestedFor(urlPathEqualTo("/robots.txt")))).hasSize(1);
        assertThat(mirror.server().findAll(getRequestedFor(urlPathEqualTo("/about.html")))).isEmpty();
        assertThat(run.output).contains("articles published 4");

        // the article page that lost its body went to the dead-letter topic, named, instead of vanishing
        List<TestBroker.StoredRecord> dead = TestBroker.readAll(topic + ".dlq", Duration.ofSeconds(5));
        assertThat(dead).hasSize(1);
        JsonNode letter = JSON.readTree(dead.get(0).value());
        assertThat(letter.get("url").asText()).isEqualTo(mirror.origin() + NewdailyMirror.BROKEN);
        assertThat(letter.get("reason").asText()).isNotBlank();
        assertThat(letter.get("profile").asText()).isEqualTo("newdaily");
        assertThat(run.output).contains("dead-lettered      1");

        // and `newsline tail` reads the same records back, one JSON line each
        StringWriter tailed = new StringWriter();
        CommandLine tail = Newsline.commandLine();
        tail.setOut(new PrintWriter(tailed));
        tail.setErr(new PrintWriter(new StringWriter()));
        assertThat(tail.execute("tail", "--kafka", TestBroker.bootstrap(), "--topic", topic, "--from-beginning", "--max", "10",
                "--timeout", "3s")).isZero();
        String[] lines = tailed.toString().strip().split("\n");
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            assertThat(byKey).containsKey(JSON.readTree(line).get("id").asText());
        }
    }

    @Test
    void maxPagesBoundsTheArticlePagesFetchedInOneRunAndTheNextRunGoesOn() throws Exception {
        Run first = crawl("--max-pages", "2");
        Run second = crawl();

        assertThat(first.exit).as(first.output).isZero();
        assertThat(first.output).contains("articles published 2");
        assertThat(second.output).contains("articles published 2");
        assertThat(TestBroker.readAll(topic, Duration.ofSeconds(5))).hasSize(4);
    }

    @Test
    void unreachableBrokerFailsFastNamingTheAddressAndFetchesNothing() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        long started = System.nanoTime();

        Run run = crawl("--kafka", "127.0.0.1:" + closedPort, "--broker-timeout", "3s");

        assertThat(run.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(run.output).contains("127.0.0.1:" + closedPort).contains("--kafka");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(mirror.server().getAllServeEvents()).as("nothing fetched in vain").isEmpty();
    }

    @Test
    void secondRunOverUnchangedSitePublishesNothingAndAsksConditionally() throws Exception {
        Run first = crawl();
        assertThat(first.exit).as(first.output).isZero();
        int before = TestBroker.readAll(topic, Duration.ofSeconds(5)).size();

        Run second = crawl();

        assertThat(second.exit).as(second.output).isZero();
        assertThat(TestBroker.readAll(topic, Duration.ofSeconds(3))).hasSize(before);
        for (String path : NewdailyMirror.ARTICLES) {
            List<LoggedRequest> requests = mirror.server().findAll(getRequestedFor(urlPathEqualTo(path)));
            assertThat(requests).as(path).hasSize(2);
            assertThat(requests.get(1).containsHeader("If-None-Match")).as("conditional GET of " + path).isTrue();
        }
        assertThat(second.output).contains("articles published 0").contains("not modified (304) 4");
        assertThat(TestBroker.readAll(topic + ".dlq", Duration.ofSeconds(3))).as("the unchanged broken page is dead-lettered once").hasSize(1);
    }

    @Test
    void editedArticleIsPublishedExactlyOnceAsTheNextVersion() throws Exception {
        assertThat(crawl().exit).isZero();
        String path = NewdailyMirror.ARTICLES[1];
        String edited = mirror.fixture(NewdailyMirror.fileOf(path)).replace("두 배로 늘리기로 했다", "세 배로 늘리기로 했다");
        mirror.serveArticle(path, edited);

        Run second = crawl();
        Run third = crawl();

        assertThat(second.exit).as(second.output).isZero();
        assertThat(third.exit).as(third.output).isZero();
        List<JsonNode> versions = new ArrayList<>();
        for (TestBroker.StoredRecord r : TestBroker.readAll(topic, Duration.ofSeconds(5))) {
            if (r.key().equals("newdaily:2025012400421")) {
                versions.add(JSON.readTree(r.value()));
            }
        }
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("version").asInt()).isEqualTo(2);
        assertThat(versions.get(1).get("previousContentHash").asText()).isEqualTo(versions.get(0).get("contentHash").asText());
        assertThat(versions.get(1).get("text").asText()).contains("세 배로 늘리기로 했다");
        assertThat(TestBroker.readAll(topic, Duration.ofSeconds(3))).hasSize(5);
    }

    @Test
    void withoutKafkaACrawlPublishesToTheBrokerThatNewslineBrokerRunsOnItsDataDir() throws Exception {
        Path data = tmp.resolve("data");
        try (EmbeddedBroker broker = EmbeddedBroker.start(EmbeddedBroker.inDataDir(data), 0)) {
            StringWriter out = new StringWriter();
            CommandLine cl = Newsline.commandLine();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(out));
            int exit = cl.execute("crawl", "--seeds", mirror.seeds(tmp).toString(), "--topic", topic, "--data", data.toString(),
                    "--resolve", mirror.resolve(), "--delay", "10ms", "--quiet");

            assertThat(exit).as(out.toString()).isZero();
            StringWriter tailed = new StringWriter();
            CommandLine tail = Newsline.commandLine();
            tail.setOut(new PrintWriter(tailed));
            tail.setErr(new PrintWriter(new StringWriter()));
            assertThat(tail.execute("tail", "--kafka", broker.bootstrapServers(), "--topic", topic, "--from-beginning",
                    "--max", "10", "--timeout", "3s")).isZero();
            assertThat(tailed.toString().strip().split("\n")).hasSize(4);
        }
    }

    private Run crawl(String... extra) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Newsline.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        Path seeds = mirror.seeds(tmp);
        List<String> args = new ArrayList<>(List.of("crawl", "--seeds", seeds.toString(), "--topic", topic,
                "--data", tmp.resolve("data").toString(), "--resolve", mirror.resolve(), "--delay", "10ms", "--quiet"));
        args.addAll(List.of(extra));
        if (!args.contains("--kafka")) {
            args.addAll(List.of("--kafka", TestBroker.bootstrap()));
        }
        int exit = cl.execute(args.toArray(String[]::new));
        return new Run(exit, out + "\n" + err);
    }

    private record Run(int exit, String output) {
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
