package io.newsline.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class SiteKeyTest {

    @Test
    void hostsOfOneSiteShareTheRegistrableDomainAsKey() {
        assertThat(SiteKey.of("https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html")).isEqualTo("newdaily.co.kr");
        assertThat(SiteKey.of("https://pk.newdaily.co.kr/sitemap.xml")).isEqualTo("newdaily.co.kr");
        assertThat(SiteKey.of("http://www.news01.com:8080/a.html")).isEqualTo("news01.com");
    }

    @Test
    void anAddressOrAHostWithoutPublicSuffixIsItsOwnKey() {
        assertThat(SiteKey.of("http://127.0.0.1:8080/a.html")).isEqualTo("127.0.0.1");
        assertThat(SiteKey.of("http://localhost:8080/a.html")).isEqualTo("localhost");
    }

    @Test
    void partitionIsKafkasDefaultPartitionForTheKey() {
        for (String key : new String[] {"newdaily.co.kr", "news01.com", "news02.com", "127.0.0.1"}) {
            assertThat(SiteKey.partition(key, 6))
                    .isEqualTo(BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), 6));
        }
    }

    @Test
    void urlsOfOneSiteLandOnOnePartition() {
        assertThat(SiteKey.partitionOf("https://www.newdaily.co.kr/a.html", 6))
                .isEqualTo(SiteKey.partitionOf("https://biz.newdaily.co.kr/b.html", 6));
    }
}
