package io.newsline.publisher.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** A frontier record stays readable by a worker that knows only the URL value. */
class OutgoingTest {
    private static final String URL = "https://www.example.com/news/1.html";

    @Test
    void aFrontierRecordWithAHintStillHoldsTheUrlAloneAsItsValue() {
        ProducerRecord<String, byte[]> r = Outgoing.frontierUrl("frontier", 3, "example.com", URL,
                "{\"v\":1}".getBytes(StandardCharsets.UTF_8)).record();

        assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo(URL);
        assertThat(r.partition()).isEqualTo(3);
        assertThat(r.headers().lastHeader(FrontierTopics.HINT_HEADER).value()).asString(StandardCharsets.UTF_8)
                .isEqualTo("{\"v\":1}");
    }

    @Test
    void aFrontierRecordWithoutAHintHasNoHintHeader() {
        ProducerRecord<String, byte[]> r = Outgoing.frontierUrl("frontier", 0, "example.com", URL, null).record();

        assertThat(r.headers().lastHeader(FrontierTopics.HINT_HEADER)).isNull();
    }
}
