package io.newsline.crawler.seeds;

import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The site profiles read from {@code --seeds}, with the file each came from.
 *
 * @param profiles     the profiles, looked up by host
 * @param fileByName   the site file of each profile, by the profile's name
 */
public record SeedFiles(SiteProfiles profiles, Map<String, Path> fileByName) {
    public SeedFiles {
        fileByName = Map.copyOf(fileByName);
    }

    /** The file {@code profile} was read from; empty for the generic profile. */
    public Optional<Path> fileOf(SiteProfile profile) {
        return profile.isGeneric() ? Optional.empty() : Optional.ofNullable(fileByName.get(profile.name()));
    }
}
