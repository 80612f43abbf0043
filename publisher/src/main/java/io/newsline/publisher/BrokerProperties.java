package io.newsline.publisher;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The configuration of the single-node embedded broker: one KRaft node that is both broker and controller, on
 * loopback, with replication factor 1 everywhere and a small heap footprint.
 *
 * <p>The keys are written out because their constants live in Kafka's internal server classes, which move between
 * releases; the keys themselves are Kafka's documented, stable broker configuration names.
 */
final class BrokerProperties {

    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final int NODE_ID = 1;

    private BrokerProperties() {
    }

    static Properties of(Path logDir, int brokerPort, int controllerPort) {
        return of(logDir, brokerPort, controllerPort, Optional.empty(), 0);
    }

    /** As {@link #of(Path, int, int)}, plus the {@code SASL_SSL} listener {@code secure} on {@code securePort}. */
    static Properties of(Path logDir, int brokerPort, int controllerPort, Optional<SaslSslListener> secure,
                         int securePort) {
        Properties p = plaintext(logDir, brokerPort, controllerPort);
        secure.ifPresent(s -> {
            String listener = "SASL_SSL://127.0.0.1:" + securePort;
            p.put("listeners", p.get("listeners") + "," + listener);
            p.put("advertised.listeners", p.get("advertised.listeners") + "," + listener);
            p.put("listener.security.protocol.map", p.get("listener.security.protocol.map") + ",SASL_SSL:SASL_SSL");
            p.put("sasl.enabled.mechanisms", SaslSslListener.MECHANISM);
            String prefix = "listener.name.sasl_ssl.";
            p.put(prefix + SaslSslListener.MECHANISM.toLowerCase(java.util.Locale.ROOT) + ".sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;");
            p.put(prefix + "ssl.keystore.type", "PKCS12");
            p.put(prefix + "ssl.keystore.location", s.keyStore().toString());
            p.put(prefix + "ssl.keystore.password", s.keyStorePassword());
            p.put(prefix + "ssl.key.password", s.keyStorePassword());
        });
        return p;
    }

    private static Properties plaintext(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:"
                + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // One node: every internal topic has one replica, or groups and transactions never become available.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created on purpose (Topics.ensure); a typo in `newsline tail --topic` must not create one.
        p.put("auto.create.topics.enable", "false");
        // The cleaner's default 128 MB dedupe buffer triples the idle heap; 2 MB is plenty for one crawler.
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        p.put("message.max.bytes", Integer.toString(ProducerSettings.MAX_REQUEST_SIZE + 1024));
        return p;
    }
}
