package io.newsline.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Options from the environment and a settings file: flag &gt; environment &gt; file &gt; default. */
class OptionDefaultsTest {

    @Test
    void anEnvironmentVariableSetsAnOptionNotGivenAsAFlag() {
        ParseResult crawl = parse(Map.of("NEWSLINE_DELAY", "3s", "NEWSLINE_SEEDS", "seeds/"), "crawl");

        assertThat(value(crawl, "--delay")).isEqualTo(Duration.ofSeconds(3));
        assertThat(value(crawl, "--seeds")).isEqualTo(Path.of("seeds/"));
    }

    @Test
    void theKafkaOptionIsReadFromTheBootstrapServersVariableOfTheKafkaPropertyScheme() {
        ParseResult crawl = parse(Map.of("NEWSLINE_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"), "crawl", "--seeds", "seeds/");

        assertThat(value(crawl, "--kafka")).isEqualTo("kafka:9092");
    }

    @Test
    void aSettingsFileGivenByConfigSetsOptions() throws Exception {
        ParseResult crawl = parse(Map.of(), "crawl", "--config", settings("newsline.properties"));

        assertThat(value(crawl, "--seeds")).isEqualTo(Path.of("seeds/"));
        assertThat(value(crawl, "--delay")).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aSettingsFileNamedByNewslineConfigIsReadWithoutTheFlag() throws Exception {
        ParseResult crawl = parse(Map.of("NEWSLINE_CONFIG", settings("newsline.properties")), "crawl");

        assertThat(value(crawl, "--delay")).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aKeyPrefixedByACommandAppliesToThatCommandOnly() throws Exception {
        String file = settings("newsline.properties");

        assertThat(value(parse(Map.of(), "crawl", "--config", file), "--topic")).isEqualTo("news.crawled");
        assertThat(value(parse(Map.of(), "tail", "--config", file), "--topic")).isEqualTo("news.everything");
    }

    @Test
    void aFlagWinsOverTheEnvironmentWhichWinsOverTheFile() throws Exception {
        Map<String, String> env = Map.of("NEWSLINE_DELAY", "3s", "NEWSLINE_CONFIG", settings("newsline.properties"));

        assertThat(value(parse(env, "crawl", "--delay", "2s"), "--delay")).isEqualTo(Duration.ofSeconds(2));
        assertThat(value(parse(env, "crawl"), "--delay")).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aSwitchIsTurnedOnByTrueInTheEnvironment() {
        ParseResult crawl = parse(Map.of("NEWSLINE_ALLOW_PRIVATE_ADDRESSES", "true"), "crawl", "--seeds", "seeds/");

        assertThat(value(crawl, "--allow-private-addresses")).isEqualTo(true);
    }

    @Test
    void versionWorksWhateverTheSettingsFileSays() {
        Run run = execute(Map.of("NEWSLINE_CONFIG", "no-such-newsline.properties"), "--version");

        assertThat(run.exit).isZero();
        assertThat(run.out).startsWith("newsline ");
    }

    @Test
    void anOptionSetNowhereKeepsItsOwnDefault() {
        assertThat(value(parse(Map.of(), "crawl", "--seeds", "seeds/"), "--topic")).isEqualTo("news.articles");
    }

    @Test
    void anEmptyEnvironmentVariableCountsAsUnset() {
        assertThat(value(parse(Map.of("NEWSLINE_TOPIC", ""), "crawl", "--seeds", "seeds/"), "--topic")).isEqualTo("news.articles");
    }

    @Test
    void anUnknownKeyInTheSettingsFileEndsWithExit2NamingTheFileAndTheKey() throws Exception {
        String file = settings("misspelt.properties");

        Run run = execute(Map.of(), "crawl", "--config", file, "--seeds", "seeds/", "--delay", "1s");

        assertThat(run.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(run.err).contains(file + ": unknown key 'dealy': no command has an option --dealy");
    }

    @Test
    void aMissingSettingsFileEndsWithExit2NamingIt() {
        Run run = execute(Map.of("NEWSLINE_CONFIG", "no-such-newsline.properties"), "crawl", "--seeds", "seeds/");

        assertThat(run.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(run.err).contains("no-such-newsline.properties: no such settings file");
    }

    @Test
    void helpSaysWhereElseOptionsComeFrom() {
        Run run = execute(Map.of(), "crawl", "--help");

        assertThat(run.out.replaceAll("\\s+", " ")).contains("--config=FILE").contains("NEWSLINE_DELAY")
                .contains("A flag wins over the environment, which wins over the file.");
    }

    private static ParseResult parse(Map<String, String> environment, String... args) {
        return Newsline.commandLine(environment).parseArgs(args).subcommand();
    }

    private static Object value(ParseResult command, String option) {
        return command.commandSpec().findOption(option).getValue();
    }

    private static String settings(String name) throws URISyntaxException {
        return Path.of(OptionDefaultsTest.class.getResource("/settings/" + name).toURI()).toString();
    }

    private record Run(int exit, String out, String err) {}

    private static Run execute(Map<String, String> environment, String... args) {
        CommandLine cl = Newsline.commandLine(environment);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
