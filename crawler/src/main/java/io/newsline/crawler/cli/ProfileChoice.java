package io.newsline.crawler.cli;

import io.newsline.crawler.seeds.SeedFiles;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sentence {@code newsline parse} prints about the site file a page was extracted with, so that a user who runs it
 * from another folder (where the default {@code seeds} does not exist) learns why the extraction was generic.
 */
final class ProfileChoice {
    private ProfileChoice() {
    }

    static String describe(String url, SiteProfiles profiles, SeedFiles files, Path seeds) {
        SiteProfile profile = profiles.forUrl(url);
        String host = SiteProfile.hostOf(url).orElse("(no host)");
        if (!profile.isGeneric()) {
            return "site file " + files.fileOf(profile).map(Path::toString).orElse("(unknown)") + " (profile '" + profile.name()
                    + "') applies to " + host;
        }
        Path where = seeds.toAbsolutePath().normalize();
        String looked = Files.exists(seeds)
                ? "looked in " + where + " (" + profiles.all().size() + " site file" + (profiles.all().size() == 1 ? "" : "s") + ")"
                : "looked for " + where + ", which does not exist";
        return "no site file applies to " + host + "; " + looked + "; generic extraction and page metadata used"
                + " (pass --seeds with a site file or folder, and --url with the page's address)";
    }
}
