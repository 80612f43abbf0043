package io.newsline.crawler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.newsline.crawler.archprobe.KafkaImportingProbe;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A boundary has one door: the crawler talks to Kafka only through the publisher's API (its {@code work} and
 * {@code frontier} packages, topics, producer settings), never through {@code org.apache.kafka} itself.
 */
class ArchitectureTest {
    /**
     * Crawler classes that still import Kafka, each with the reason. The list may only shrink: a class that no
     * longer imports Kafka fails {@link #everyClassOnTheAllowListStillNeedsIt} until it is taken off.
     */
    static final Map<String, String> STILL_IMPORTS_KAFKA = Map.of(
            "io.newsline.crawler.bench.BenchRun", "reads the bench articles topic with a KafkaConsumer");

    private static final DescribedPredicate<JavaClass> ALLOWED = DescribedPredicate.describe(
            "on the allow-list STILL_IMPORTS_KAFKA", c -> STILL_IMPORTS_KAFKA.containsKey(outermost(c.getName())));

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

    @Test
    void everyClassOnTheAllowListStillNeedsIt() {
        Set<String> importing = new TreeSet<>();
        for (JavaClass c : crawler) {
            boolean kafka = c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.apache.kafka"));
            if (kafka && STILL_IMPORTS_KAFKA.containsKey(outermost(c.getName()))) {
                importing.add(outermost(c.getName()));
            }
        }
        assertEquals(new TreeSet<>(STILL_IMPORTS_KAFKA.keySet()), importing,
                "a class on STILL_IMPORTS_KAFKA no longer imports Kafka: take it off the list");
    }

    private static ArchRule kafkaOnlyThroughThePublisher() {
        return noClasses().that().resideInAPackage("io.newsline.crawler..").and(DescribedPredicate.not(ALLOWED))
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..")
                .because("only the publisher's Kafka side imports org.apache.kafka; the crawler talks to its API");
    }

    private static String outermost(String name) {
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
