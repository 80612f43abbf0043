package io.newsline.parser;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser stays pure (no network, Kafka or files) and never depends on the machine's default charset or
 * locale, which break Korean text and Turkish-locale lower-casing.
 */
class ArchitectureTest {
    private static JavaClasses parser;

    @BeforeAll
    static void importParserClasses() {
        parser = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.newsline.parser");
    }

    @Test
    void parserImportsNoNetworkKafkaOrFileApi() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("okhttp3..", "org.apache.kafka..", "java.net.http..", "java.nio.file..")
                .because("the parser is pure: bytes in, article out; the crawler fetches and the publisher publishes")
                .check(parser);
    }

    @Test
    void parserNeverUsesTheDefaultCharset() {
        noClasses().should().callMethod(Charset.class, "defaultCharset")
                .orShould().callMethod(String.class, "getBytes")
                .orShould().callConstructor(String.class, byte[].class)
                .orShould().callConstructor(String.class, byte[].class, int.class, int.class)
                .orShould().callConstructor(InputStreamReader.class, InputStream.class)
                .orShould().callConstructor(OutputStreamWriter.class, OutputStream.class)
                .because("the platform charset is not UTF-8 everywhere and mangles Korean text; name the charset")
                .check(parser);
    }

    @Test
    void parserNeverUsesTheDefaultLocale() {
        noClasses().should().callMethod(Locale.class, "getDefault")
                .orShould().callMethod(Locale.class, "getDefault", Locale.Category.class)
                .orShould().callMethod(String.class, "toLowerCase")
                .orShould().callMethod(String.class, "toUpperCase")
                .because("case mapping and formatting must not change with the machine's locale; pass Locale.ROOT")
                .check(parser);
    }
}
