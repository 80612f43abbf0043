package io.newsline.publisher.testing;

import io.newsline.publisher.EmbeddedBroker;
import io.newsline.publisher.SaslSslListener;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One real Kafka broker with a {@code SASL_SSL} listener (SCRAM-SHA-512, a CA made by {@link TestCertificates}) for
 * all tests of a JVM, started on first use and stopped when the JVM exits. {@link #clientConfig()} is the properties
 * file a client needs; {@link #wrongPasswordConfig()} and {@link #wrongCaConfig()} are refused by the broker.
 */
public final class SecureTestBroker {

    public static final String USER = "newsline";
    private static final String PASSWORD = "right-scram-pw";
    private static EmbeddedBroker broker;
    private static Path dir;
    private static TestCertificates certificates;

    private SecureTestBroker() {
    }

    /** The SASL_SSL bootstrap address, starting the broker on first call. */
    public static synchronized String bootstrap() {
        if (broker == null) {
            dir = TestBroker.tempDir("newsline-secure-broker-");
            certificates = TestCertificates.create(dir);
            broker = EmbeddedBroker.start(dir.resolve("data"), 0, Optional.of(new SaslSslListener(
                    certificates.serverKeyStore(), TestCertificates.PASSWORD, USER, PASSWORD)));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                broker.close();
                TestBroker.deleteRecursively(dir);
            }, "newsline-secure-broker-stop"));
        }
        return broker.secureBootstrapServers();
    }

    /** The plain (PLAINTEXT) address of the same broker, for reading back what was published. */
    public static synchronized String plainBootstrap() {
        bootstrap();
        return broker.bootstrapServers();
    }

    /** Client properties that log in with the right password and trust the broker's CA. */
    public static synchronized Path clientConfig() {
        bootstrap();
        return TestCertificates.clientConfig(dir, USER, PASSWORD, certificates.trustStore());
    }

    /** Client properties with a wrong password (the CA is right). */
    public static synchronized Path wrongPasswordConfig() {
        bootstrap();
        return TestCertificates.clientConfig(dir, USER, "wrong-scram-pw", certificates.trustStore());
    }

    /** Client properties that trust another CA than the one that signed the broker's certificate. */
    public static synchronized Path wrongCaConfig() {
        bootstrap();
        Path other = TestBroker.tempDir("newsline-other-ca-");
        return TestCertificates.clientConfig(dir, USER, PASSWORD, TestCertificates.create(other).trustStore());
    }

    /** The password {@link #clientConfig()} logs in with, so tests can check it never shows. */
    public static String password() {
        return PASSWORD;
    }
}
