package io.newsline.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.crawler.testing.LocalSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS to a site with a self-signed certificate for {@code news.test}, generated at test time with keytool. */
class ExtraTrustTest {
    private static final String PASSWORD = "changeit";
    private static final byte[] ARTICLE = LocalSite.resource("/fetch/article.html");

    @TempDir
    static Path dir;
    static Path pem;
    static LocalSite site;

    @BeforeAll
    static void startHttpsSite() throws IOException, InterruptedException {
        Path keystore = dir.resolve("news.p12");
        pem = dir.resolve("news.pem");
        keytool("-genkeypair", "-alias", "news", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=news.test", "-ext", "SAN=dns:news.test", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "news", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-file", pem.toString());
        site = LocalSite.startHttps("news.test", keystore, PASSWORD);
        site.server().stubFor(get(urlEqualTo("/a.html")).willReturn(aResponse().withBody(ARTICLE)));
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        List<String> command = new java.util.ArrayList<>(List.of(keytool));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(p.exitValue()).as("keytool " + String.join(" ", args) + ": " + output).isZero();
    }

    @Test
    void selfSignedSiteFailsWithoutCacert() {
        try (HttpFetcher fetcher = new HttpFetcher(LocalSite.fetchConfig(site), Clock.systemUTC(), new LoopbackOnlySockets(), OfflineDns.empty())) {
            FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/a.html"), Accept.HTML));

            assertThat(result.outcome()).isEqualTo(FetchOutcome.TLS_ERROR);
            assertThat(result.message()).contains(site.url("/a.html"), "--cacert");
        }
    }

    @Test
    void selfSignedSiteWorksWithItsCertificateAsCacertKeepingHostAndSni() {
        FetchConfig config = LocalSite.fetchConfig(site).withCacert(pem);
        try (HttpFetcher fetcher = new HttpFetcher(config, Clock.systemUTC(), new LoopbackOnlySockets(), OfflineDns.empty())) {
            FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/a.html"), Accept.HTML));

            assertThat(result.outcome()).as(result.message()).isEqualTo(FetchOutcome.OK);
            assertThat(result.body()).isEqualTo(ARTICLE);
            // The certificate names only news.test: hostname verification passing proves SNI/verification used the name.
            // Over HTTP/2 the Host header is the :authority pseudo-header; WireMock logs it in the absolute URL.
            assertThat(site.server().findAll(getRequestedFor(urlEqualTo("/a.html"))).get(0).getAbsoluteUrl())
                    .isEqualTo(site.url("/a.html"));
        }
    }

    @Test
    void cacertThatIsNotAPemFileIsRefusedNamingTheFile() throws IOException {
        Path notPem = Files.writeString(dir.resolve("notes.txt"), "hello");
        FetchConfig config = LocalSite.fetchConfig(site).withCacert(notPem);

        assertThatThrownBy(() -> new HttpFetcher(config)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(notPem.toString());
    }
}
