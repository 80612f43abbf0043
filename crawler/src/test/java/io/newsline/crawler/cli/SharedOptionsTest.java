package io.newsline.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.run.CrawlConfig;
import io.newsline.crawler.worker.WorkerConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** An option several commands take is declared once: each command's --help lists it once, with one default and one text. */
class SharedOptionsTest {

    static Stream<Arguments> sharedOptions() {
        List<String> fetch = List.of("crawl", "worker");
        return Stream.of(
                Arguments.of("--data", List.of("crawl", "worker", "replay", "tail", "broker")),
                Arguments.of("--kafka", List.of("crawl", "worker", "replay", "tail", "bench")),
                Arguments.of("--kafka-config", List.of("crawl", "worker", "replay", "tail", "bench")),
                Arguments.of("--topic", List.of("crawl", "worker", "replay", "tail")),
                Arguments.of("--dlq-topic", List.of("crawl", "worker", "replay")),
                Arguments.of("--broker-timeout", List.of("crawl", "worker", "replay")),
                Arguments.of("--seeds", List.of("crawl", "worker")),
                Arguments.of("--resolve", fetch),
                Arguments.of("--cacert", fetch),
                Arguments.of("--allow-private-addresses", fetch),
                Arguments.of("--delay", fetch),
                Arguments.of("--contact", fetch),
                Arguments.of("--warc", fetch),
                Arguments.of("--warc-max-size", fetch));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("sharedOptions")
    void everyCommandTakingASharedOptionListsItOnceWithTheSameDefaultAndText(String option, List<String> commands) {
        CommandLine newsline = Newsline.commandLine();
        OptionSpec first = newsline.getSubcommands().get(commands.get(0)).getCommandSpec().findOption(option);
        for (String command : commands) {
            CommandLine sub = newsline.getSubcommands().get(command);
            OptionSpec spec = sub.getCommandSpec().findOption(option);

            assertThat(spec).as(command + " " + option).isNotNull();
            assertThat(spec.defaultValue()).as(command + " " + option + " default").isEqualTo(first.defaultValue());
            assertThat(spec.description()).as(command + " " + option + " text").isEqualTo(first.description());
            assertThat(optionLines(help(sub), option)).as(command + " --help lines of " + option).isEqualTo(1);
        }
    }

    @Test
    void crawlWithoutOptionsBuildsTheConfigOfTheDefaultsWrittenOnce() {
        CrawlCommand crawl = new CrawlCommand();
        new CommandLine(crawl).parseArgs("--seeds", "seeds", "--kafka", "127.0.0.1:9092");

        assertThat(crawl.config()).isEqualTo(CrawlConfig.builder(Path.of("seeds"), Path.of(DataDirOption.DEFAULT))
                .kafka(Optional.of("127.0.0.1:9092")).build());
        assertThat(crawl.config().settings().deadLetterTopic()).isEqualTo("news.articles.dlq");
        assertThat(crawl.config().settings().fetch()).isEqualTo(FetchConfig.defaults());
    }

    @Test
    void workerWithoutOptionsBuildsTheConfigOfTheDefaultsWrittenOnce() {
        WorkerCommand worker = new WorkerCommand();
        new CommandLine(worker).parseArgs("--group", "g", "--seeds", "seeds");

        assertThat(worker.config("127.0.0.1:9092")).isEqualTo(WorkerConfig.builder("127.0.0.1:9092", "g", Path.of("seeds"))
                .stateDir(Path.of(DataDirOption.DEFAULT, "worker-g")).build());
    }

    @Test
    void aDeadLetterTopicFollowsTheTopicUnlessGiven() {
        CrawlCommand crawl = new CrawlCommand();
        new CommandLine(crawl).parseArgs("--seeds", "seeds", "--topic", "other");

        assertThat(crawl.config().settings().deadLetterTopic()).isEqualTo("other.dlq");
    }

    @Test
    void crawlAndWorkerHoldOneEqualRecordOfTheOptionsTheyShare() {
        String[] shared = {"--seeds", "seeds", "--topic", "t", "--dlq-topic", "dead", "--delay", "2s", "--broker-timeout", "5s",
                "--allow-private-addresses", "--warc", "archive", "--warc-max-size", "64K"};
        CrawlCommand crawl = new CrawlCommand();
        new CommandLine(crawl).parseArgs(shared);
        WorkerCommand worker = new WorkerCommand();
        new CommandLine(worker).parseArgs(Stream.concat(Stream.of("--group", "g"), Stream.of(shared)).toArray(String[]::new));

        assertThat(worker.config("127.0.0.1:9092").settings()).isEqualTo(crawl.config().settings());
    }

    @Test
    void replayPublishesWithTheConfigACrawlGivenTheSameOptionsAndEnvironmentBuilds() {
        Map<String, String> env = Map.of("NEWSLINE_KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092", "NEWSLINE_TOPIC", "t");
        String[] shared = {"--seeds", "seeds", "--data", "state", "--dlq-topic", "dead", "--broker-timeout", "5s"};
        CommandLine crawl = Newsline.commandLine(env);
        crawl.parseArgs(Stream.concat(Stream.of("crawl"), Stream.of(shared)).toArray(String[]::new));
        CommandLine replay = Newsline.commandLine(env);
        replay.parseArgs(Stream.concat(Stream.of("replay", "pages.warc.gz"), Stream.of(shared)).toArray(String[]::new));

        CrawlConfig replayed = replay.getSubcommands().get("replay").<ReplayCommand>getCommand().config();
        assertThat(replayed).isEqualTo(crawl.getSubcommands().get("crawl").<CrawlCommand>getCommand().config());
        assertThat(replayed.kafka()).contains("kafka.example:9092");
        assertThat(replayed.settings().topic()).isEqualTo("t");
    }

    /** Lines of the option list that start with {@code option} (its declaration, not mentions in other texts). */
    private static long optionLines(String help, String option) {
        // after the synopsis ("Usage:" and its indented lines), which may wrap right before any option
        String optionList = help.replaceFirst("^Usage:.*\\R(?:[ \\t].*\\R)*", "");
        Matcher m = Pattern.compile("(?m)^\\s+(?:-\\w, )?" + Pattern.quote(option) + "(?=[=\\s])\\S*(?:\\s{2}|$)").matcher(optionList);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String help(CommandLine command) {
        StringWriter out = new StringWriter();
        command.usage(new PrintWriter(out));
        return out.toString();
    }
}
