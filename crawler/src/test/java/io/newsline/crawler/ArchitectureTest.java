package io.newsline.crawler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.newsline.crawler.archprobe.KafkaImportingProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A boundary has one door: the crawler talks to Kafka only through the publisher's API (its {@code work} and
 * {@code frontier} packages, topics, producer settings), never through {@code org.apache.kafka} itself.
 */
class ArchitectureTest {
    private static JavaClasses crawler;

    @BeforeAll
    static void importCrawlerClasses() {
        crawler = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.newsline.crawler");
    }

    @Test
    void crawlerReachesKafkaOnlyThroughThePublisher() {
        kafkaOnlyThroughThePublisher().check(crawler);
    }

    @Test
    void aNewCrawlerClassImportingKafkaBreaksTheRule() {
        JavaClasses probe = new ClassFileImporter().importClasses(KafkaImportingProbe.class);
        AssertionError e = assertThrows(AssertionError.class, () -> kafkaOnlyThroughThePublisher().check(probe));
        assertTrue(e.getMessage().contains(KafkaImportingProbe.class.getName()), e.getMessage());
    }

    private static ArchRule kafkaOnlyThroughThePublisher() {
        return noClasses().that().resideInAPackage("io.newsline.crawler..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..")
                .because("only the publisher's Kafka side imports org.apache.kafka; the crawler talks to its API");
    }
}
