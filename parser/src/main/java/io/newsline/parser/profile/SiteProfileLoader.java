package io.newsline.parser.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads one site file (YAML) into a {@link SiteProfile}, checking everything at load: unknown fields,
 * selectors, regular expressions, durations, zones. A bad file fails with a {@link SiteProfileException}
 * naming the file, the line and the field, and what was expected.
 *
 * <p>The loader reads a stream; opening files is the caller's job (the parser does no I/O of its own).
 */
public final class SiteProfileLoader {

    private final ObjectMapper yaml;

    public SiteProfileLoader() {
        SimpleModule types = new SimpleModule("newsline-profile");
        types.addDeserializer(Duration.class, new JsonDeserializer<>() {
            @Override
            public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return DurationValue.parse(p.getValueAsString());
            }
        });
        types.addDeserializer(ZoneId.class, new JsonDeserializer<>() {
            @Override
            public ZoneId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String zone = p.getValueAsString();
                try {
                    return ZoneId.of(zone);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("expected a time zone such as 'Asia/Seoul' or '+09:00', got '" + zone + "'");
                }
            }
        });
        this.yaml = JsonMapper.builder(new YAMLFactory())
                .addModule(types)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    /**
     * Loads one site file.
     *
     * @param source a name for messages, normally the file's path ({@code seeds/newdaily.yaml})
     * @param in     the file's bytes (UTF-8 YAML)
     * @throws SiteProfileException naming source, line, field and the fix when the file is not a valid profile
     */
    public SiteProfile load(String source, InputStream in) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(in, "in");
        try {
            SiteProfile profile = yaml.readValue(in, SiteProfile.class);
            if (profile == null) {
                throw new SiteProfileException(source + ": the file is empty; expected a site definition (see seeds/newdaily.yaml)");
            }
            return profile;
        } catch (JsonMappingException e) {
            throw new SiteProfileException(describe(source, e), e);
        } catch (JsonProcessingException e) {
            throw new SiteProfileException(source + ":" + line(e.getLocation()) + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SiteProfileException(source + ": could not be read: " + e.getMessage(), e);
        }
    }

    private static String describe(String source, JsonMappingException e) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String what;
        if (e instanceof UnrecognizedPropertyException u) {
            what = "unknown field '" + u.getPropertyName() + "'; expected one of " + u.getKnownPropertyIds();
        } else {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            what = root instanceof IllegalArgumentException ? root.getMessage() : e.getOriginalMessage();
        }
        return source + ":" + line(e.getLocation()) + ": field '" + (field.isEmpty() ? "(top)" : field) + "': " + what;
    }

    private static String line(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? "?" : Integer.toString(location.getLineNr());
    }
}
