package io.newsline.crawler.cli;

import io.newsline.publisher.EmbeddedBroker;
import io.newsline.publisher.KafkaClientSettings;
import io.newsline.publisher.TailOptions;
import io.newsline.publisher.TopicTail;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsline tail}: prints article records from the topic as JSON lines. */
@Command(name = "tail", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints records of the topic as JSON lines (committed records only: read_committed).",
                "Without --kafka it reads the embedded broker under --data: the running `newsline broker` if there is one, else it starts it."})
public final class TailCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("io.newsline.run");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KafkaOption kafka = new KafkaOption();

    @Mixin
    TopicOption topic = new TopicOption();

    @Mixin
    DataDirOption data = new DataDirOption();

    @Mixin
    LoggingOptions logging = new LoggingOptions();

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of the newest.")
    boolean fromBeginning;

    @Option(names = "--max", defaultValue = "0", paramLabel = "N", description = "Stop after N records (default: no limit).")
    long max;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop when no record arrived for this long (default: never).")
    Duration timeout;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (max < 0) {
            err.println("newsline tail: --max " + max + " is negative; give a number of records, or leave --max out for no limit");
            return Newsline.EXIT_CONFIG;
        }
        EmbeddedBroker started = null;
        try {
            KafkaClientSettings client = kafka.clientSettings();
            Optional<String> found = kafka.orBrokerRunningIn(data.data);
            String bootstrap;
            if (found.isPresent()) {
                bootstrap = found.get();
            } else {
                started = EmbeddedBroker.start(EmbeddedBroker.inDataDir(data.data), 0);
                bootstrap = started.bootstrapServers();
                LOG.info("tail: started the embedded broker on {} at {}", EmbeddedBroker.inDataDir(data.data), bootstrap);
            }
            TailOptions options = new TailOptions(bootstrap, topic.topic, fromBeginning, max, timeout, client);
            TopicTail.tail(options, line -> {
                out.println(line);
                out.flush();
            });
            return 0;
        } catch (RuntimeException e) {
            err.println("newsline tail: " + e.getMessage());
            return Newsline.EXIT_CONFIG;
        } finally {
            if (started != null) {
                started.close();
            }
        }
    }
}
