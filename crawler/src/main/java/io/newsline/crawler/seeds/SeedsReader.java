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
import java.util.List;
import java.util.stream.Stream;

/** Reads {@code --seeds}: one site file, or every {@code *.yaml}/{@code *.yml} file in a folder (sorted by name). */
public final class SeedsReader {
    private final SiteProfileLoader loader = new SiteProfileLoader();

    /**
     * @throws SiteProfileException naming the file, line and field when a site file is invalid, or the path when
     *                              nothing can be read
     */
    public SiteProfiles read(Path seeds) {
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
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                profiles.add(loader.load(file.toString(), in));
            } catch (IOException e) {
                throw new SiteProfileException(file + ": could not be read: " + e.getMessage(), e);
            }
        }
        return new SiteProfiles(profiles);
    }
}
