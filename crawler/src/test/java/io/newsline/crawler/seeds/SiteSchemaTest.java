package io.newsline.crawler.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newsline.parser.profile.SiteProfile;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** seeds/site.schema.json, the schema editors use, says what the loader reads: no more, no less. */
class SiteSchemaTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode schema = read(SEEDS.resolve("site.schema.json"));

    @Test
    void theSchemaNamesEveryFieldTheLoaderReadsAndNoOther() {
        List<String> loader = new ArrayList<>();
        fieldsOf(SiteProfile.class, "", loader);
        List<String> inSchema = new ArrayList<>();
        propertiesOf(schema, "", inSchema);

        assertThat(new TreeSet<>(inSchema)).isEqualTo(new TreeSet<>(loader));
    }

    @Test
    void theSchemaRefusesUnknownFieldsAsTheLoaderDoes() {
        List<String> open = new ArrayList<>();
        closed(schema, "", open);

        assertThat(open).as("objects of the schema that accept unknown fields").isEmpty();
    }

    @Test
    void everySiteFileOfSeedsValidatesAgainstTheSchema() throws IOException {
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Set<ValidationMessage> problems = validator.validate(yaml.readTree(file.toFile()));
                assertThat(problems).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void theSchemaCatchesAFieldNameTypo() throws IOException {
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        JsonNode typo = new ObjectMapper(new YAMLFactory()).readTree("name: typo\nhosts: [www.typo.example]\nextract:\n  titel: ['h1']\n");

        assertThat(validator.validate(typo)).extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains("titel"));
    }

    /** The loader's fields, derived from the records Jackson reads: a nested profile record is an object of the schema. */
    private static void fieldsOf(Class<?> record, String prefix, List<String> out) {
        for (RecordComponent c : record.getRecordComponents()) {
            String path = prefix + c.getName();
            out.add(path);
            if (c.getType().isRecord() && c.getType().getPackage().equals(SiteProfile.class.getPackage()) && !isLeaf(c.getType())) {
                fieldsOf(c.getType(), path + ".", out);
            }
        }
    }

    /** Records the loader reads from one YAML scalar (a pattern, a selector) rather than from an object. */
    private static boolean isLeaf(Class<?> type) {
        return type.getRecordComponents().length > 0 && java.util.Arrays.stream(type.getMethods())
                .anyMatch(m -> m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class));
    }

    private static void propertiesOf(JsonNode object, String prefix, List<String> out) {
        JsonNode properties = object.path("properties");
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            out.add(prefix + name);
            if (properties.get(name).has("properties")) {
                propertiesOf(properties.get(name), prefix + name + ".", out);
            }
        }
    }

    private static void closed(JsonNode object, String path, List<String> open) {
        if (object.has("properties")) {
            if (!object.path("additionalProperties").isBoolean() || object.get("additionalProperties").asBoolean()) {
                open.add(path.isEmpty() ? "(top)" : path);
            }
            object.get("properties").fields().forEachRemaining(e -> closed(e.getValue(), path + (path.isEmpty() ? "" : ".") + e.getKey(), open));
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
