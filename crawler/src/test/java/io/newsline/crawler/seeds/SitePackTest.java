package io.newsline.crawler.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.SiteProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The project's own {@code seeds/} folder, as {@code newsline crawl --seeds seeds/} loads it. */
class SitePackTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Pattern TOP_KEY = Pattern.compile("^[a-zA-Z]+:");
    private static final Pattern START_URL_LINE = Pattern.compile("^\\s+-\\s+'?https?://");

    private final List<String> warnings = new ArrayList<>();
    private final List<SiteProfile> profiles = new SeedsReader(warnings::add).read(SEEDS).all();

    @Test
    void theSeedsFolderHoldsAtLeastTwentyFiveKoreanSitesThatAllLoadWithoutWarnings() {
        assertThat(profiles.stream().filter(p -> "ko".equals(p.language()))).hasSizeGreaterThanOrEqualTo(25);
        assertThat(warnings).isEmpty();
    }

    @Test
    void everySiteGivesExampleArticleUrlsThatItsPatternMatchesWithTheSitesOwnId() {
        for (SiteProfile p : profiles) {
            assertThat(p.articles().examples()).as(p.name()).isNotEmpty();
            for (String example : p.articles().examples()) {
                assertThat(p.isArticleUrl(example)).as(p.name() + ": " + example).isTrue();
                assertThat(p.articleIdOf(example)).as(p.name() + ": " + example).isPresent();
                assertThat(SiteProfile.hostOf(example).map(p::covers)).as(p.name() + ": host of " + example).contains(true);
            }
        }
    }

    @Test
    void everySitesFrontPageIsNotMistakenForAnArticle() {
        for (SiteProfile p : profiles) {
            assertThat(p.isArticleUrl("https://" + p.hosts().get(0) + "/")).as(p.name()).isFalse();
        }
    }

    @Test
    void everyStartUrlLineIsMarkedConfirmedOrUnconfirmed() throws IOException {
        for (Path file : yamlFiles()) {
            String block = "";
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (TOP_KEY.matcher(line).find()) {
                    block = line.substring(0, line.indexOf(':'));
                }
                if (block.equals("start") && START_URL_LINE.matcher(line).find()) {
                    assertThat(line).as(file + ": a start URL says where it was seen").containsPattern("#\\s*(?:un)?confirmed");
                }
            }
        }
    }

    @Test
    void everySiteHasItsEvidenceInEvidenceMd() throws IOException {
        String evidence = Files.readString(SEEDS.resolve("EVIDENCE.md"), StandardCharsets.UTF_8);
        for (SiteProfile p : profiles) {
            if (!p.name().equals("newdaily")) { // its evidence is the research note it names
                assertThat(evidence).as(p.name()).contains("<a id=\"" + p.name() + "\"></a>");
            }
        }
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
