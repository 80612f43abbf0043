package io.newsline.record;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Names of the Kafka record headers Newsline writes, with their values as UTF-8 decimal strings. Only
 * {@code kafka-clients} types appear here, so a consumer needs nothing more.
 */
public final class NewslineHeaders {

    /** The value's schema version, e.g. {@code 1}. */
    public static final String SCHEMA = "newsline-schema";
    /** The article version carried by the record, e.g. {@code 3}. */
    public static final String VERSION = "newsline-version";

    private NewslineHeaders() {
    }

    /** {@code n} as a header value: its decimal digits in UTF-8. */
    public static byte[] value(int n) {
        return Integer.toString(n).getBytes(StandardCharsets.UTF_8);
    }

    /** The last header {@code name} as an int, or -1 when absent or not a number. */
    public static int intValue(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        if (h == null || h.value() == null) {
            return -1;
        }
        try {
            return Integer.parseInt(new String(h.value(), StandardCharsets.UTF_8).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
