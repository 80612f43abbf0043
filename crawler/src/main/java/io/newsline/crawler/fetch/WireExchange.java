package io.newsline.crawler.fetch;

import java.util.List;
import java.util.Objects;

/**
 * The HTTP exchange of a fetch's last hop as it went over the wire: the request line's headers as sent (Host,
 * User-Agent, validators, Accept-Encoding), and the response's protocol, reason phrase and headers as received, in
 * order, repeats kept. What a WARC archive keeps besides the body; empty when no response came.
 */
public record WireExchange(String method, String protocol, String reason, List<Header> requestHeaders,
                           List<Header> responseHeaders) {

    /** No exchange: the fetch ended before a response (or the result was built without one). */
    public static final WireExchange NONE = new WireExchange("GET", "HTTP/1.1", "", List.of(), List.of());

    /** One header line. */
    public record Header(String name, String value) {
        public Header {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public WireExchange {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(protocol, "protocol");
        reason = reason == null ? "" : reason;
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = List.copyOf(responseHeaders);
    }
}
