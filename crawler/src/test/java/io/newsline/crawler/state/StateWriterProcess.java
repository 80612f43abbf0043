package io.newsline.crawler.state;

import io.newsline.publisher.DataDirLock;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A child process for {@link SqliteCrawlStateTest}: commits article versions in a loop and prints each one
 * after its commit returned, until it is killed.
 */
public final class StateWriterProcess {
    public static void main(String[] args) {
        try (DataDirLock lock = DataDirLock.acquire(Path.of(args[0]), DataDirLock.Use.CRAWL);
             SqliteCrawlState state = SqliteCrawlState.open(Path.of(args[0]).resolve("state.db"))) {
            for (int i = 0; ; i++) {
                String id = "site:" + i;
                PendingPublication p = new PendingPublication(id, 1, "sha256:" + i, "https://example.com/" + i, 1);
                state.addPending(p);
                state.acknowledged(p, new UrlState("https://example.com/" + i, UrlKind.ARTICLE, UrlStatus.DONE, Instant.now(),
                        null, 200, id, null, null, "sha256:" + i, null));
                System.out.println(i);
                System.out.flush();
            }
        }
    }
}
