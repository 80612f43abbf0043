package io.newsline.publisher;

/**
 * A record was not acknowledged by Kafka (e.g. the broker did not answer within {@code delivery.timeout.ms}, or
 * rejected the record). The message names the key, the topic and the broker; the cause is Kafka's exception.
 */
public class PublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
