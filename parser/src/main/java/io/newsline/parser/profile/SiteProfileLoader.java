package io.newsline.parser.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one site file (YAML) into a {@link SiteProfile}, checking everything at load: unknown fields,
 * selectors, regular expressions, durations, zones. A bad file fails with a {@link SiteProfileException}
 * naming the file, the line and the field, and what was expected.
 *
 * <p>The loader reads a stream; opening files is the caller's job (the parser does no I/O of its own).
 */
public final class SiteProfileLoader {

    private static final Pattern FIELD_PREFIX = Pattern.compile("([a-zA-Z]+): (.*)");
    /** The reader attribute holding the file's name, so that each regular expression can say where it was written. */
    private static final String SOURCE = "newsline.source";

    private final ObjectMapper yaml;

    public SiteProfileLoader() {
        SimpleModule types = new SimpleModule("newsline-profile");
        types.addDeserializer(Duration.class, new JsonDeserializer<>() {
            @Override
            public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                try {
                    return DurationValue.parse(p.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw JsonMappingException.from(p, e.getMessage(), e); // keeps the line of the value
                }
            }
        });
        types.addDeserializer(ZoneId.class, new JsonDeserializer<>() {
            @Override
            public ZoneId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String zone = p.getValueAsString();
                try {
                    return ZoneId.of(zone);
                } catch (DateTimeException e) {
                    throw JsonMappingException.from(p, "expected a time zone such as 'Asia/Seoul' or '+09:00', got '" + zone + "'", e);
                }
            }
        });
        types.addDeserializer(TextPattern.class, new JsonDeserializer<>() {
            @Override
            public TextPattern deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String origin = ctxt.getAttribute(SOURCE) + ":" + line(p.currentTokenLocation()) + ", field " + path(p.getParsingContext());
                try {
                    return TextPattern.of(p.getValueAsString(), origin);
                } catch (IllegalArgumentException e) {
                    throw JsonMappingException.from(p, e.getMessage(), e); // keeps the line of the value
                }
            }
        });
        this.yaml = JsonMapper.builder(new YAMLFactory())
                .addModule(types)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // not FAIL_ON_NULL_FOR_PRIMITIVES: an omitted 'version' reads as 0 and the profile makes it 1
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
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new SiteProfileException(source + ": could not be read: " + e.getMessage(), e);
        }
        try {
            // Read as a tree first: a file of nothing but blanks and comments has no document, which Jackson reports
            // as a mapping error ("No content to map") when reading a SiteProfile.
            JsonNode document = yaml.readTree(bytes);
            if (document == null || document.isMissingNode() || document.isNull()) {
                throw new SiteProfileException(source + ": the file is empty; expected a site definition (see seeds/newdaily.yaml)");
            }
            return yaml.readerFor(SiteProfile.class).withAttribute(SOURCE, source).readValue(bytes);
        } catch (JsonProcessingException e) {
            Optional<String> syntax = YamlSyntax.describe(source, e);
            if (syntax.isPresent()) {
                throw new SiteProfileException(syntax.get(), e);
            }
            throw describedProblem(source, bytes, e);
        } catch (IllegalArgumentException e) {
            throw new SiteProfileException(source + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SiteProfileException(source + ": could not be read: " + e.getMessage(), e);
        }
    }

    /** A mapping problem (field, type, value) or a syntax error the YAML parser did not mark, with file and line. */
    private static SiteProfileException describedProblem(String source, byte[] bytes, JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            return new SiteProfileException(describe(source, new String(bytes, StandardCharsets.UTF_8), mapping), e);
        }
        return new SiteProfileException(source + ":" + line(e.getLocation()) + ": not valid YAML: " + oneLine(e.getOriginalMessage()), e);
    }

    private static String describe(String source, String text, JsonMappingException e) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String what;
        String line = line(e.getLocation());
        if (e instanceof UnrecognizedPropertyException u) {
            what = "unknown field '" + u.getPropertyName() + "'; expected one of " + u.getKnownPropertyIds();
            // Records are read through their constructor, so Jackson reports the end of the object; find the key.
            line = lineOfKey(text, u.getPropertyName()).orElse(line);
        } else {
            what = oneLine(firstArgumentProblem(e).orElse(e.getOriginalMessage()));
            Matcher named = FIELD_PREFIX.matcher(what);
            if (named.matches()) {
                // A check in a record's constructor names its field in the message ("name: expected ...").
                field = field.isEmpty() ? named.group(1) : field + "." + named.group(1);
                what = named.group(2);
                line = lineOfKey(text, named.group(1)).orElse(line);
            }
        }
        return source + ":" + line + ": field '" + (field.isEmpty() ? "(top)" : field) + "': " + what;
    }

    /** The message of the outermost IllegalArgumentException among the causes: ours, written for the reader. */
    private static Optional<String> firstArgumentProblem(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                return Optional.of(t.getMessage());
            }
            if (t instanceof JsonMappingException m && m.getOriginalMessage() != null && t.getCause() == null) {
                return Optional.of(m.getOriginalMessage());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lineOfKey(String text, String key) {
        Pattern keyLine = Pattern.compile("^\\s*(?:-\\s+)?['\"]?" + Pattern.quote(key) + "['\"]?\\s*:");
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (keyLine.matcher(lines[i]).find()) {
                return Optional.of(Integer.toString(i + 1));
            }
        }
        return Optional.empty();
    }

    /** The field a value sits in, as messages name it: {@code extract.dropText[0]}. */
    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                path.insert(0, "[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                path.insert(0, path.length() == 0 || path.charAt(0) == '[' ? c.getCurrentName() : c.getCurrentName() + ".");
            }
        }
        return path.toString();
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String line(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? "?" : Integer.toString(location.getLineNr());
    }
}
