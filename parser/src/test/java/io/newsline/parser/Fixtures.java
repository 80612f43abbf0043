package io.newsline.parser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfileLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Test fixtures: pages under src/test/resources, the real seeds/newdaily.yaml, and the article as JSON. */
public final class Fixtures {
    /** When the fixture pages were "fetched": after every date they carry. */
    public static final Instant FETCHED_AT = Instant.parse("2025-06-01T00:00:00Z");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(OffsetDateTime.class, ToStringSerializer.instance))
            .build();

    private Fixtures() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Page page(String url, String resource) {
        return new Page(url, bytes(resource), "text/html", FETCHED_AT);
    }

    /** The project's real newdaily site file, as the crawler loads it. */
    public static SiteProfile newdaily() {
        Path seeds = Path.of("..", "seeds", "newdaily.yaml");
        try (InputStream in = Files.newInputStream(seeds)) {
            return new SiteProfileLoader().load("seeds/newdaily.yaml", in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + seeds.toAbsolutePath(), e);
        }
    }

    /** The article as a publisher would serialize it, plus its text. */
    public static String json(Article article) {
        try {
            return JSON.writeValueAsString(article) + "\n" + article.text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article parsed(ParseResult result) {
        if (result instanceof ParseResult.Parsed parsed) {
            return parsed.article();
        }
        throw new AssertionError("expected an article, got " + result);
    }
}
