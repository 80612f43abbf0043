package io.newsline.publisher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node Kafka (KRaft, broker and controller in one) running inside this JVM on 127.0.0.1, storing its data
 * under {@code <dataDir>/kafka}. Used by {@code newsline crawl} when no Kafka is given, and by {@code newsline broker}.
 *
 * <p>The data dir is locked ({@code broker.lock}) while the broker runs, and its port is written to
 * {@code broker.port} so that other newsline processes can find it with {@link #runningAt(Path)}. A fatal broker
 * fault throws instead of ending the JVM.
 */
public final class EmbeddedBroker implements AutoCloseable {

    /** Holds the broker's port while it runs. */
    public static final String PORT_FILE = "broker.port";
    /** How long {@link #start} waits for the started broker to answer. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final int port;
    private final int securePort;
    private final KafkaRaftServer server;
    private final DataDirLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedBroker(Path dataDir, int port, int securePort, KafkaRaftServer server, DataDirLock lock) {
        this.dataDir = dataDir;
        this.port = port;
        this.securePort = securePort;
        this.server = server;
        this.lock = lock;
    }

    /**
     * The broker's folder inside a Newsline data dir ({@code --data} of crawl, broker, tail and worker): every
     * command that starts or looks for the local broker goes through here, so they all meet in one place.
     */
    public static Path inDataDir(Path newslineData) {
        return newslineData.resolve("kafka");
    }

    /** The bootstrap address of the broker running in a Newsline data dir (started by another command), if any. */
    public static Optional<String> runningIn(Path newslineData) {
        return runningAt(inDataDir(newslineData));
    }

    /**
     * Starts a broker on {@code dataDir} (created and formatted when new, reused as it is otherwise) and waits until
     * it answers.
     *
     * @param port the client port on 127.0.0.1; 0 picks a free one. The controller port is always picked free.
     * @throws IllegalStateException when another newsline process runs a broker on {@code dataDir}, or the broker
     *                               does not start or answer within {@link #READY_TIMEOUT}
     */
    public static EmbeddedBroker start(Path dataDir, int port) {
        return start(dataDir, port, Optional.empty());
    }

    /**
     * As {@link #start(Path, int)}, with a {@code SASL_SSL} listener on a free port beside the PLAINTEXT one when
     * {@code secure} is given ({@link #secureBootstrapServers()}); its user is created when the storage is formatted.
     */
    public static EmbeddedBroker start(Path dataDir, int port, Optional<SaslSslListener> secure) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (pick a free one) or 1-65535, got " + port);
        }
        DataDirLock lock = DataDirLock.acquire(dataDir, DataDirLock.Use.BROKER);
        Path dir = lock.dataDir();
        KafkaRaftServer server = null;
        try {
            Path logDir = dir.resolve("kafka");
            int brokerPort = port == 0 ? FreePort.pick() : port;
            int controllerPort = FreePort.pick(brokerPort);
            int securePort = secure.isPresent() ? FreePort.pick(brokerPort, controllerPort) : 0;
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(logDir, secure);
            }
            KafkaExitTrap.install();
            server = new KafkaRaftServer(KafkaConfig.fromProps(BrokerProperties.of(logDir, brokerPort, controllerPort,
                    secure, securePort), false), Time.SYSTEM);
            server.startup();
            String bootstrap = bootstrapOf(brokerPort);
            try (Admin admin = ArticlePublisher.createAdmin(bootstrap, "newsline-broker-check", READY_TIMEOUT)) {
                ArticlePublisher.awaitAnswer(admin, bootstrap, READY_TIMEOUT);
            }
            Files.writeString(dir.resolve(PORT_FILE), Integer.toString(brokerPort), StandardCharsets.UTF_8);
            return new EmbeddedBroker(dir, brokerPort, securePort, server, lock);
        } catch (RuntimeException | IOException e) {
            stopQuietly(server, e);
            lock.close();
            throw new IllegalStateException("cannot start the embedded Kafka broker on data dir " + dir
                    + (port == 0 ? "" : " and port " + port + " (is the port in use? 0 picks a free one)") + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The bootstrap address of a broker another newsline process (or this one) runs on {@code dataDir}, if any: the
     * data dir is locked and its {@value #PORT_FILE} names the port.
     */
    public static Optional<String> runningAt(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path portFile = dir.resolve(PORT_FILE);
        if (!Files.exists(portFile) || !DataDirLock.isHeld(dir, DataDirLock.Use.BROKER)) {
            return Optional.empty();
        }
        try {
            return Optional.of(bootstrapOf(Integer.parseInt(Files.readString(portFile, StandardCharsets.UTF_8)
                    .trim())));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // being written or removed right now: nothing usable is running
        }
    }

    private static void format(Path logDir, Optional<SaslSslListener> secure) throws IOException {
        Files.createDirectories(logDir);
        try {
            Formatter formatter = new Formatter();
            secure.ifPresent(s -> formatter.setScramArguments(List.of(s.scramArgument())));
            formatter
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8))
                    .setNodeId(BrokerProperties.NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName(BrokerProperties.CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDir + ": " + e.getMessage(), e);
        }
    }

    private static void stopQuietly(KafkaRaftServer server, Exception reason) {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            reason.addSuppressed(e);
        }
    }

    private static String bootstrapOf(int port) {
        return "127.0.0.1:" + port;
    }

    /** {@code 127.0.0.1:<port>}, for Kafka clients. */
    public String bootstrapServers() {
        return bootstrapOf(port);
    }

    /**
     * {@code 127.0.0.1:<port>} of the {@code SASL_SSL} listener.
     *
     * @throws IllegalStateException when the broker was started without one
     */
    public String secureBootstrapServers() {
        if (securePort == 0) {
            throw new IllegalStateException("this broker has no SASL_SSL listener; start it with a SaslSslListener");
        }
        return bootstrapOf(securePort);
    }

    /** The client port. */
    public int port() {
        return port;
    }

    /** The data dir (absolute) this broker stores in and locks. */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops the broker (waiting for a clean shutdown) and unlocks the data dir. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            try {
                Files.deleteIfExists(dataDir.resolve(PORT_FILE));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + dataDir.resolve(PORT_FILE), e);
            } finally {
                lock.close();
            }
        }
    }
}
