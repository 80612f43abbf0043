package io.newsline.parser.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The loaded site profiles, looked up by host: distinct names, each host in one profile. A host without a profile gets
 * {@link SiteProfile#generic}.
 */
public final class SiteProfiles {
    private final List<SiteProfile> all;
    private final Map<String, SiteProfile> byHost = new HashMap<>();

    public SiteProfiles(List<SiteProfile> profiles) {
        this.all = List.copyOf(profiles);
        Map<String, SiteProfile> byName = new HashMap<>();
        for (SiteProfile p : all) {
            SiteProfile sameName = byName.putIfAbsent(p.name(), p);
            if (sameName != null && sameName != p) {
                throw new SiteProfileException("two site profiles are named '" + p.name()
                        + "'; give each site file its own name (it prefixes the article ids, which would collide)");
            }
            for (String host : p.hosts()) {
                SiteProfile previous = byHost.putIfAbsent(host, p);
                if (previous != null && previous != p) {
                    throw new SiteProfileException("host '" + host + "' is claimed by both profile '" + previous.name()
                            + "' and profile '" + p.name() + "'; list each host in one site file only");
                }
            }
        }
    }

    public static SiteProfiles none() {
        return new SiteProfiles(new ArrayList<>());
    }

    public List<SiteProfile> all() {
        return all;
    }

    /**
     * These profiles with every site's politeness delay replaced by {@code delay} (the {@code --delay} option), or
     * these profiles unchanged when it is empty.
     */
    public SiteProfiles withDelay(java.util.Optional<java.time.Duration> delay) {
        if (delay.isEmpty()) {
            return this;
        }
        List<SiteProfile> changed = new ArrayList<>();
        for (SiteProfile p : all) {
            changed.add(p.withPoliteness(p.politeness().withDelay(delay.get())));
        }
        return new SiteProfiles(changed);
    }

    /** The profile covering {@code host}, or the generic profile for it. */
    public SiteProfile forHost(String host) {
        Objects.requireNonNull(host, "host");
        SiteProfile p = byHost.get(host.toLowerCase(java.util.Locale.ROOT));
        return p != null ? p : SiteProfile.generic(host.toLowerCase(java.util.Locale.ROOT));
    }

    /** The profile for the host of {@code url} (generic when none matches). */
    public SiteProfile forUrl(String url) {
        return forHost(SiteProfile.hostOf(url).orElse("unknown"));
    }
}
