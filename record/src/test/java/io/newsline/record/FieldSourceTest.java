package io.newsline.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldSourceTest {

    @Test
    void valuesAreExactlyTheOnesTheSchemaAllowsInTheirOrder() {
        JsonNode allowed = SchemaFiles.tree(SchemaFiles.ARTICLE).get("properties").get("extraction")
                .get("properties").get("fields").get("additionalProperties").get("enum");
        List<String> schema = new ArrayList<>();
        allowed.forEach(v -> schema.add(v.asText()));

        assertThat(Arrays.stream(FieldSource.values()).map(Enum::name).toList()).containsExactlyElementsOf(schema);
    }
}
