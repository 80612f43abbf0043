package io.newsline.publisher;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.utils.internals.Exit;
import org.junit.jupiter.api.Test;

class KafkaExitTrapTest {

    @Test
    void aKafkaHaltThrowsInsteadOfEndingTheJvm() {
        KafkaExitTrap.install();

        // Without the trap this would end the test JVM on the spot.
        assertThatThrownBy(() -> Exit.halt(1, "metadata log corrupted"))
                .isInstanceOf(KafkaExitTrap.KafkaFatalException.class)
                .hasMessageContaining("asked to halt the JVM (status 1: metadata log corrupted)");
        assertThatThrownBy(() -> Exit.exit(2))
                .isInstanceOf(KafkaExitTrap.KafkaFatalException.class)
                .hasMessageContaining("asked to exit the JVM (status 2)");
    }
}
