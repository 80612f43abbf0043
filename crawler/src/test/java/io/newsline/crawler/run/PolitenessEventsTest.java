package io.newsline.crawler.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.state.StateStoreException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PolitenessEventsTest {
    private final RunStats stats = new RunStats();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final PolitenessEvents events = new PolitenessEvents(new FanOutListener(List.of(stats, new CrawlListener() {
        @Override
        public void error(String host, String url, ErrorKind kind, String message) {
            lines.add(host + " " + url + " " + message);
        }
    })));

    @Test
    void aTaskThatThrewIsCountedAsAnErrorOfItsHostNamingTheUrlAndTheMessage() {
        events.taskFailed("https://www.a-news.test/news/1.html", new IllegalStateException("parser bug"));

        assertThat(stats.host("www.a-news.test").errors.get()).isEqualTo(1);
        assertThat(stats.errors(ErrorKind.TASK_FAILED)).isEqualTo(1);
        assertThat(lines).singleElement().asString()
                .contains("https://www.a-news.test/news/1.html").contains("IllegalStateException: parser bug");
    }

    @Test
    void aUrlOnABlockedAddressIsCountedAsSkippedForAPrivateAddressNotAsAnError() {
        events.addressBlocked("http://127.0.0.1:8080/news/1.html", "refused to connect to 127.0.0.1 (loopback)");

        assertThat(stats.skipped(SkipReason.PRIVATE_ADDRESS)).isEqualTo(1);
        assertThat(stats.errors(ErrorKind.ROBOTS_UNAVAILABLE)).isZero();
        assertThat(lines).isEmpty();
    }

    @Test
    void aCrawlStateFailureInATaskIsCountedAsOneThatStopsTheRun() {
        events.taskFailed("https://www.a-news.test/news/1.html", new StateStoreException(StateStoreException.Reason.DISK_FULL,
                "disk full: the crawl state state.db could not save url", null));

        assertThat(stats.errors(ErrorKind.STATE_STORE)).isEqualTo(1);
        assertThat(ErrorKind.STATE_STORE.stopsRun()).isTrue();
        assertThat(lines).singleElement().asString().contains("disk full");
    }

    @Test
    void anErrorInATaskIsCountedAsFatalWithAHintForOutOfMemory() {
        events.fatal("https://www.a-news.test/news/1.html", new OutOfMemoryError("Java heap space"));

        assertThat(stats.errors(ErrorKind.FATAL)).isEqualTo(1);
        assertThat(lines).singleElement().asString().contains("OutOfMemoryError: Java heap space").contains("-Xmx");
    }
}
