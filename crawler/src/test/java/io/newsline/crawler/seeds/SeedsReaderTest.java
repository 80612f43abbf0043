package io.newsline.crawler.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.parser.profile.SiteProfileException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SeedsReaderTest {
    private final SeedsReader reader = new SeedsReader();

    private static Path folder(String name) throws URISyntaxException {
        return Path.of(SeedsReaderTest.class.getResource("/seeds/" + name).toURI());
    }

    @Test
    void refusesTwoSiteFilesWithOneNameNamingBothFiles() throws URISyntaxException {
        Path dir = folder("duplicate-name");

        assertThatThrownBy(() -> reader.read(dir))
                .isInstanceOf(SiteProfileException.class)
                .hasMessageStartingWith(dir.resolve("b.yaml") + ": field 'name': 'same' is also the name of " + dir.resolve("a.yaml"))
                .hasMessageContaining("give each site file its own name");
    }

    @Test
    void refusesTwoSiteFilesClaimingOneHostNamingBothFiles() throws URISyntaxException {
        Path dir = folder("overlapping-host");

        assertThatThrownBy(() -> reader.read(dir))
                .isInstanceOf(SiteProfileException.class)
                .hasMessageStartingWith(dir.resolve("b.yaml") + ": field 'hosts': 'news.shared.example' is also listed in " + dir.resolve("a.yaml"))
                .hasMessageContaining("list each host in one site file only");
    }

    @Test
    void acceptsASiteFileWithoutStartPointsAndWarnsNamingItsFileAndLine() throws URISyntaxException {
        Path dir = folder("no-start");
        java.util.List<String> warnings = new java.util.ArrayList<>();

        assertThat(new SeedsReader(warnings::add).read(dir).all()).extracting(p -> p.name()).containsExactly("nostart");

        assertThat(warnings).singleElement().asString()
                .startsWith(dir.resolve("nostart.yaml") + ":4: site 'nostart' has no start points")
                .contains("a crawl discovers none of its articles");
    }

    @Test
    void warnsAboutNoSiteFileThatHasStartPoints() {
        java.util.List<String> warnings = new java.util.ArrayList<>();

        new SeedsReader(warnings::add).read(Path.of("..", "seeds"));

        assertThat(warnings).isEmpty();
    }

    @Test
    void readsEverySiteFileOfAFolder() throws URISyntaxException {
        assertThat(reader.read(Path.of("..", "seeds")).all()).extracting(p -> p.name()).contains("newdaily");
    }
}
