package io.newsline.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import picocli.CommandLine.ParseResult;

/**
 * {@code deploy/compose.yaml} and {@code deploy/kubernetes/cronjob.yaml}, checked without a container runtime: they
 * parse, run the image {@code mvn -Pimage} builds, keep {@code --data} on a volume, and give the container a
 * command the real command line accepts (with the container's environment).
 */
class DeploymentFilesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path DEPLOY = Path.of("..", "deploy");

    private static String image;
    private static String seedsInImage;

    @BeforeAll
    static void readWhatThePomBuilds() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        String version = xpath.evaluate("/project/parent/version", pom);
        image = xpath.evaluate("/project/profiles/profile[id='image']/properties/newsline.image", pom)
                .replace("${project.version}", version);
        seedsInImage = xpath.evaluate("//extraDirectories/paths/path[contains(from, '/seeds')]/into", pom);
        assertThat(image).as("the image the pom builds").startsWith("newsline:").doesNotContain("${");
        assertThat(seedsInImage).as("where the image keeps seeds/").isNotEmpty();
    }

    @Test
    void composeRunsTheImageThePomBuilds() throws IOException {
        assertThat(compose().at("/services/newsline/image").asText()).isEqualTo(image);
    }

    @Test
    void composeRunsACrawlEveryFifteenMinutesAgainstItsKafka() throws IOException {
        JsonNode newsline = compose().at("/services/newsline");

        ParseResult crawl = parse(strings(newsline.get("command")), environment(newsline.get("environment")));

        assertThat(crawl.commandSpec().name()).isEqualTo("crawl");
        assertThat(crawl.commandSpec().findOption("--every").<Object>getValue()).hasToString("PT15M");
        assertThat(crawl.commandSpec().findOption("--kafka").<String>getValue()).isEqualTo("kafka:9092");
        assertThat(compose().at("/services/kafka/image").asText()).startsWith("apache/kafka:");
        assertThat(compose().at("/services/kafka/environment/KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
    }

    @Test
    void composeKeepsTheCrawlDataOnANamedVolume() throws IOException {
        JsonNode newsline = compose().at("/services/newsline");
        ParseResult crawl = parse(strings(newsline.get("command")), environment(newsline.get("environment")));
        String data = crawl.commandSpec().findOption("--data").getValue().toString();

        List<String> mounts = strings(newsline.get("volumes"));
        assertThat(mounts).anySatisfy(mount -> {
            assertThat(mount).endsWith(":" + data);
            assertThat(compose().get("volumes").has(mount.substring(0, mount.indexOf(':')))).as(mount).isTrue();
        });
        assertThat(crawl.commandSpec().findOption("--seeds").getValue().toString()).isEqualTo(seedsInImage);
    }

    @Test
    void cronJobRunsTheImageThePomBuildsWithACrawlTheCliAccepts() throws IOException {
        JsonNode container = cronJob().at("/spec/jobTemplate/spec/template/spec/containers/0");

        ParseResult crawl = parse(strings(container.get("args")), environment(container.get("env")));

        assertThat(container.get("image").asText()).isEqualTo(image);
        assertThat(crawl.commandSpec().name()).isEqualTo("crawl");
        assertThat(crawl.commandSpec().findOption("--every").<Object>getValue()).as("the CronJob schedules it").isNull();
        assertThat(crawl.commandSpec().findOption("--kafka").<String>getValue()).isNotBlank();
        assertThat(crawl.commandSpec().findOption("--seeds").getValue().toString()).isEqualTo(seedsInImage);
    }

    @Test
    void cronJobNeverRunsTwoCrawlsAtOnce() throws IOException {
        assertThat(cronJob().at("/spec/concurrencyPolicy").asText()).isEqualTo("Forbid");
    }

    @Test
    void cronJobKeepsTheCrawlDataOnItsVolumeClaim() throws IOException {
        JsonNode pod = cronJob().at("/spec/jobTemplate/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        String data = parse(strings(container.get("args")), environment(container.get("env")))
                .commandSpec().findOption("--data").getValue().toString();

        JsonNode mount = first(container.get("volumeMounts"), "mountPath", data);
        JsonNode volume = first(pod.get("volumes"), "name", mount.get("name").asText());
        String claim = volume.at("/persistentVolumeClaim/claimName").asText();
        assertThat(documents(DEPLOY.resolve("kubernetes/cronjob.yaml")))
                .anySatisfy(d -> assertThat(d.get("kind").asText() + "/" + d.at("/metadata/name").asText())
                        .isEqualTo("PersistentVolumeClaim/" + claim));
    }

    @Test
    void cronJobSetsResourcesForTheJvmToSizeItself() throws IOException {
        JsonNode resources = cronJob().at("/spec/jobTemplate/spec/template/spec/containers/0/resources");

        assertThat(resources.at("/limits/memory").asText()).isNotEmpty();
        assertThat(resources.at("/requests/cpu").asText()).isNotEmpty();
    }

    private static JsonNode compose() throws IOException {
        return YAML.readTree(DEPLOY.resolve("compose.yaml").toFile());
    }

    private static JsonNode cronJob() throws IOException {
        return documents(DEPLOY.resolve("kubernetes/cronjob.yaml")).stream()
                .filter(d -> d.path("kind").asText().equals("CronJob")).findFirst().orElseThrow();
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        return YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll();
    }

    private static ParseResult parse(List<String> args, Map<String, String> environment) {
        return Newsline.commandLine(environment).parseArgs(args.toArray(String[]::new)).subcommand();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** A compose {@code environment:} map or a Kubernetes {@code env:} list of name/value pairs. */
    private static Map<String, String> environment(JsonNode node) {
        Map<String, String> environment = new HashMap<>();
        if (node != null && node.isArray()) {
            node.forEach(e -> environment.put(e.get("name").asText(), e.get("value").asText()));
        } else if (node != null) {
            node.fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
        }
        return environment;
    }

    private static JsonNode first(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (element.path(field).asText().equals(value)) {
                return element;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }
}
