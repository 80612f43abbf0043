package io.newsline.record;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The record module stays a small artifact for downstream consumers: no parser, no HTML library, no Kafka server
 * jars, nothing of the publisher or crawler; of Kafka only the client API (serializers, headers).
 */
class ArchitectureTest {
    private static JavaClasses record;

    @BeforeAll
    static void importRecordClasses() {
        record = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.newsline.record");
    }

    @Test
    void recordDependsOnNoParserHtmlOrNewslineModule() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.newsline.parser..", "io.newsline.publisher..", "io.newsline.crawler..",
                        "org.jsoup..")
                .because("consumers read the record without the parser; the publisher maps an article to a record")
                .check(record);
    }

    @Test
    void recordDependsOnNoKafkaServerJar() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("kafka..", "org.apache.kafka.server..", "org.apache.kafka.metadata..",
                        "org.apache.kafka.storage..", "org.apache.kafka.raft..", "org.apache.kafka.coordinator..")
                .because("the broker is the publisher's business; a consumer of the record needs kafka-clients only")
                .check(record);
    }

    @Test
    void recordUsesOfKafkaOnlyTheClientApi() {
        noClasses().should().dependOnClassesThat(resideInAPackage("org.apache.kafka..")
                        .and(not(resideInAnyPackage("org.apache.kafka.common..", "org.apache.kafka.clients.."))))
                .because("kafka-clients is the only Kafka dependency of newsline-record")
                .check(record);
    }
}
