package io.newsline.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/** The JSON Schema files shipped in the record jar, loaded from the classpath and used to validate output. */
final class SchemaFiles {

    static final String ARTICLE = "/schema/article-v1.schema.json";
    static final String DEAD_LETTER = "/schema/dead-letter-v1.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaFiles() {
    }

    static JsonNode tree(String resource) {
        try (InputStream in = SchemaFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validation errors of {@code json} against the schema {@code resource}; empty when valid. */
    static Set<String> errors(String resource, String json) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(tree(resource), config);
        try {
            Set<String> errors = new TreeSet<>();
            for (ValidationMessage m : schema.validate(MAPPER.readTree(json))) {
                errors.add(m.getMessage());
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
