package io.newsline.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.publisher.testing.TestBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedBrokerTest {

    private final Path dir = TestBroker.tempDir("newsline-broker-test-");

    @AfterEach
    void deleteDataDir() {
        TestBroker.deleteRecursively(dir);
    }

    @Test
    void aSecondBrokerOnTheSameDataDirIsRefusedWhileTheFirstKeepsRunning() {
        try (EmbeddedBroker first = EmbeddedBroker.start(dir, 0)) {
            assertThatThrownBy(() -> EmbeddedBroker.start(dir, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the Kafka data dir " + dir.toAbsolutePath() + " is in use by another newsline process (pid "
                            + ProcessHandle.current().pid() + ", this process); stop it or use --data elsewhere");

            assertThat(EmbeddedBroker.runningAt(dir)).contains(first.bootstrapServers());
            try (ArticlePublisher publisher = ArticlePublisher.connect(
                    PublisherConfig.defaults(first.bootstrapServers()), Duration.ofSeconds(30))) {
                assertThat(publisher.endOffsets()).hasSize(PublisherConfig.DEFAULT_PARTITIONS);
            }
        }
    }

    @Test
    void anotherProcessIsRefusedTheDataDirButFindsTheRunningBroker() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir, 0)) {
            List<String> lines = runProbe(dir);

            assertThat(lines).containsExactly(
                    "running at " + broker.bootstrapServers(),
                    "refused: the Kafka data dir " + dir.toAbsolutePath() + " is in use by another newsline process (pid "
                            + ProcessHandle.current().pid() + "); stop it or use --data elsewhere");
        }
    }

    @Test
    void nothingRunsAtADataDirWhoseBrokerWasClosed() {
        assertThat(EmbeddedBroker.runningAt(dir)).isEmpty();
        EmbeddedBroker.start(dir, 0).close();

        assertThat(EmbeddedBroker.runningAt(dir)).isEmpty();
        assertThat(dir.resolve(EmbeddedBroker.PORT_FILE)).doesNotExist();
    }

    @Test
    void keepsItsClusterIdInTheDataDirAcrossRestarts() {
        String first;
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir, 0);
             ArticlePublisher publisher = connect(broker)) {
            first = publisher.clusterId();
        }
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir, 0);
             ArticlePublisher publisher = connect(broker)) {
            assertThat(publisher.clusterId()).isNotBlank().isEqualTo(first);
        }
    }

    private static ArticlePublisher connect(EmbeddedBroker broker) {
        return ArticlePublisher.connect(PublisherConfig.defaults(broker.bootstrapServers()).withTopic("cluster-id")
                .withClientId("cluster-id-test").withPartitions(1), Duration.ofSeconds(30));
    }

    @Test
    void startsOnTheRequestedPortAndNamesAPortInUse() {
        int port = FreePort.pick();
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir, port)) {
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            Path other = TestBroker.tempDir("newsline-broker-test-other-");
            try {
                assertThatThrownBy(() -> EmbeddedBroker.start(other, port))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("port " + port + " (is the port in use? 0 picks a free one)");
                assertThat(EmbeddedBroker.runningAt(other)).isEmpty();
            } finally {
                TestBroker.deleteRecursively(other);
            }
        }
    }

    /** Runs {@link DataDirProbe} in a new JVM on {@code dataDir} and returns what it printed. */
    private static List<String> runProbe(Path dataDir) throws IOException, InterruptedException {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                DataDirProbe.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }

    /** A second newsline process: looks for a broker on the data dir, then tries to start its own there. */
    public static final class DataDirProbe {
        public static void main(String[] args) {
            Path dataDir = Paths.get(args[0]);
            System.out.println(EmbeddedBroker.runningAt(dataDir).map(b -> "running at " + b).orElse("none running"));
            try (EmbeddedBroker ignored = EmbeddedBroker.start(dataDir, 0)) {
                System.out.println("started");
            } catch (IllegalStateException e) {
                System.out.println("refused: " + e.getMessage());
            }
        }
    }

}
