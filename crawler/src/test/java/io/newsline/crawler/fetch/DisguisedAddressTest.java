package io.newsline.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.testing.LocalSite;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a page can write a loopback, private, link-local (cloud metadata) or carrier-grade NAT address as a URL
 * host: the fetch is refused as {@link FetchOutcome#BLOCKED_PRIVATE_ADDRESS} and a loopback server that would
 * answer if reached records no request. The fetcher connects only through {@link LoopbackOnlySockets} and asks
 * only {@link OfflineDns}, so even a broken guard sends no packet beyond loopback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisguisedAddressTest {
    private final AtomicInteger path = new AtomicInteger();
    private LocalSite site;
    private LocalSite recorder;
    private HttpFetcher fetcher;

    @BeforeAll
    void start() {
        site = LocalSite.start("www.newdaily.test");
        recorder = LocalSite.start("recorder.test");
        recorder.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>internal secret</body></html>")));
        fetcher = new HttpFetcher(LocalSite.fetchConfig(site), Clock.systemUTC(), new LoopbackOnlySockets(), OfflineDns.empty());
    }

    @AfterAll
    void stop() {
        fetcher.close();
        recorder.close();
        site.close();
    }

    @BeforeEach
    void forgetRequests() {
        recorder.server().resetRequests();
    }

    static Stream<String> disguisedHosts() {
        return Stream.of(
                // loopback
                "127.0.0.1", "127.1", "127.0.1", "127.0.0.1.", "2130706433", "0x7f000001", "017700000001", "0x7f.1",
                "0177.0.0.1", "0177.1", "0x7f.0.0.1", "0x7F.0x0.0x0.0x1", "127.255.255.254", "0", "0.0.0.0", "0x0",
                "[::1]", "[::]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::7f00:1]", "[::127.0.0.1]",
                "[::ffff:0:7f00:1]", "[64:ff9b::7f00:1]", "[64:ff9b::127.0.0.1]", "[2002:7f00:1::]",
                "[2001:0:4136:e378:8000:63bf:80ff:fffe]",
                // private networks
                "10.0.0.1", "10.1", "167772161", "0xa000001", "012.0.0.1", "012.1", "10.0x0.1",
                "172.16.0.1", "172.31.255.255", "2886729729", "0xac.0x10.0.1", "0254.16.1",
                "192.168.0.1", "192.168.1", "3232235521", "0xc0a80001", "0300.0250.0.1", "192.0xa8.1",
                "[::ffff:10.0.0.1]", "[::a00:1]", "[64:ff9b::a00:1]", "[64:ff9b::c0a8:1]", "[2002:c0a8:1::]",
                "[fd00::1]", "[fc00::1]", "[fe80::1]", "[fec0::1]",
                // link-local and cloud metadata
                "169.254.169.254", "2852039166", "169.254.43518", "169.16689662", "0xa9fea9fe",
                "0xa9.0xfe.0xa9.0xfe", "0251.0376.0251.0376", "0251.254.43518", "169.0xfe.0xa9fe", "0xa9.254.0251.254",
                "[::ffff:169.254.169.254]", "[::ffff:a9fe:a9fe]", "[::a9fe:a9fe]", "[::ffff:0:a9fe:a9fe]",
                "[64:ff9b::a9fe:a9fe]", "[64:ff9b::169.254.169.254]", "[2002:a9fe:a9fe::]",
                "[2001:0:4136:e378:8000:63bf:5601:5601]",
                // carrier-grade NAT
                "100.64.0.1", "100.127.255.255", "1681915905", "0x64400001", "0x64.0x40.0.1", "0144.0100.0.1",
                "100.4194305", "[::ffff:100.64.0.1]", "[64:ff9b::6440:1]", "[2002:6440:1::]");
    }

    private String target(String host) {
        return "http://" + host + ":" + recorder.port() + "/secret";
    }

    @ParameterizedTest(name = "redirect to {0}")
    @MethodSource("disguisedHosts")
    void aRedirectToADisguisedInternalAddressIsRefusedAndReachesNothing(String host) {
        String from = "/go/" + path.incrementAndGet();
        site.server().stubFor(get(urlEqualTo(from)).willReturn(aResponse().withStatus(302).withHeader("Location", target(host))));

        FetchResult result = fetcher.fetch(FetchRequest.of(site.url(from), Accept.HTML));

        assertThat(result.outcome()).as(result.message()).isEqualTo(FetchOutcome.BLOCKED_PRIVATE_ADDRESS);
        assertThat(result.redirects()).hasSize(1);
        assertThat(result.body()).isEmpty();
        assertThat(recorder.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @ParameterizedTest(name = "fetch of {0}")
    @MethodSource("disguisedHosts")
    void aDisguisedInternalAddressFetchedDirectlyIsRefusedAndReachesNothing(String host) {
        // as a sitemap entry, a feed link or the robots.txt of such a host would be fetched
        FetchResult result = fetcher.fetch(FetchRequest.of(target(host), Accept.XML));

        assertThat(result.outcome()).as(result.message()).isEqualTo(FetchOutcome.BLOCKED_PRIVATE_ADDRESS);
        assertThat(result.message()).contains("refused to connect");
        assertThat(recorder.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aRedirectFromAMappedHostToItsOwnPortUnderANumericHostIsRefused() {
        // www.newdaily.test:PORT is mapped to 127.0.0.1:PORT; 2130706433:PORT is the same socket address, but the
        // mapping is for the name, so the base client (no private address at all) serves it and refuses.
        site.server().stubFor(get(urlEqualTo("/same")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://2130706433:" + site.port() + "/inside")));
        site.server().stubFor(get(urlEqualTo("/inside")).willReturn(aResponse().withBody("inside")));

        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/same"), Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_PRIVATE_ADDRESS);
        assertThat(result.message()).contains("refused to connect to 2130706433 (127.0.0.1, a loopback address in 127.0.0.0/8)");
        assertThat(site.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/inside")))).isEmpty();
    }

    @Test
    void aNumericHostThatIsNoAddressIsAnInvalidUrlAndNeverLookedUp() {
        FetchResult result = fetcher.fetch(FetchRequest.of("http://127.0.0.1.5:" + recorder.port() + "/", Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.INVALID_URL);
        assertThat(result.message()).contains("host '127.0.0.1.5' is not valid");
    }

    @Test
    void aRedirectToANumericHostThatIsNoAddressIsABadRedirect() {
        site.server().stubFor(get(urlEqualTo("/bad")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://0x7g.1/")));

        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/bad"), Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BAD_REDIRECT);
        assertThat(result.message()).contains("'http://0x7g.1/'", "host is not valid");
    }
}
