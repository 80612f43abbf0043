package io.newsline.crawler.seeds;

import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfileException;
import io.newsline.parser.profile.SiteProfileLoader;
import io.newsline.parser.profile.SiteProfiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code --seeds}: one site file, or every {@code *.yaml}/{@code *.yml} file in a folder (sorted by name). Two
 * files may not share a name (it prefixes article ids) or a host; the error names both files. A site file that a crawl
 * cannot start from (no sitemap, feed or section page) is accepted, since {@code parse} still uses its rules, and
 * reported as a warning naming the file and the line.
 */
public final class SeedsReader {
    private static final Logger LOG = LoggerFactory.getLogger(SeedsReader.class);

    private final SiteProfileLoader loader = new SiteProfileLoader();
    private final Consumer<String> warnings;

    /** A reader that logs its warnings. */
    public SeedsReader() {
        this(LOG::warn);
    }

    /** A reader that hands each warning (a sentence naming the file and line) to {@code warnings}. */
    public SeedsReader(Consumer<String> warnings) {
        this.warnings = java.util.Objects.requireNonNull(warnings, "warnings");
    }

    /**
     * @throws SiteProfileException naming the file, line and field when a site file is invalid, or the path when
     *                              nothing can be read
     */
    public SiteProfiles read(Path seeds) {
        return readFiles(seeds).profiles();
    }

    /**
     * Like {@link #read}, and says which file each profile came from (for messages such as {@code parse}'s).
     *
     * @throws SiteProfileException as {@link #read} does
     */
    public SeedFiles readFiles(Path seeds) {
        if (!Files.exists(seeds)) {
            throw new SiteProfileException(seeds + ": no such file or folder; pass --seeds with a site file (seeds/newdaily.yaml) or a folder of them (seeds/)");
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> list = Files.list(seeds)) {
                list.filter(p -> {
                    String n = p.getFileName().toString();
                    return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
                }).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new SiteProfileException(seeds + ": could not list the folder: " + e.getMessage(), e);
            }
            if (files.isEmpty()) {
                throw new SiteProfileException(seeds + ": the folder holds no .yaml site files; add one (see seeds/newdaily.yaml)");
            }
        } else {
            files.add(seeds);
        }
        List<SiteProfile> profiles = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        Map<String, Path> hosts = new HashMap<>();
        for (Path file : files) {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new SiteProfileException(file + ": could not be read: " + e.getMessage(), e);
            }
            SiteProfile profile = loader.load(file.toString(), new java.io.ByteArrayInputStream(bytes));
            claim(file, profile, names, hosts);
            StartPointCheck.problem(file, profile, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).ifPresent(warnings);
            profiles.add(profile);
        }
        return new SeedFiles(new SiteProfiles(profiles), names);
    }

    /** Refuses a second file with a name or a host an earlier file already has, naming both files. */
    private static void claim(Path file, SiteProfile profile, Map<String, Path> names, Map<String, Path> hosts) {
        Path other = names.putIfAbsent(profile.name(), file);
        if (other != null) {
            throw new SiteProfileException(file + ": field 'name': '" + profile.name() + "' is also the name of " + other
                    + "; give each site file its own name (it prefixes the article ids, which would collide)");
        }
        for (String host : profile.hosts()) {
            other = hosts.putIfAbsent(host, file);
            if (other != null && !other.equals(file)) {
                throw new SiteProfileException(file + ": field 'hosts': '" + host + "' is also listed in " + other
                        + "; list each host in one site file only");
            }
        }
    }
}
