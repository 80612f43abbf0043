package io.newsline.crawler.cli;

import io.newsline.publisher.EmbeddedBroker;
import io.newsline.publisher.TailOptions;
import io.newsline.publisher.TopicTail;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsline tail}: prints article records from the topic as JSON lines. */
@Command(name = "tail", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints records of the topic as JSON lines (committed records only: read_committed).",
                "Without --kafka it reads the embedded broker under --data: the running `newsline broker` if there is one, else it starts it."})
public final class TailCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP", defaultValue = "${env:NEWSLINE_KAFKA_BOOTSTRAP}",
            description = "Kafka bootstrap servers. Default: $NEWSLINE_KAFKA_BOOTSTRAP, else the embedded broker's data under --data.")
    String kafka;

    @Option(names = "--topic", defaultValue = "news.articles", description = "Topic to read (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--data", defaultValue = ".newsline", paramLabel = "DIR", description = "Data directory of the embedded broker (default: ${DEFAULT-VALUE}).")
    Path data;

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
        EmbeddedBroker started = null;
        String bootstrap = kafka;
        try {
            if (bootstrap == null || bootstrap.isBlank()) {
                Optional<String> running = EmbeddedBroker.runningIn(data);
                if (running.isPresent()) {
                    bootstrap = running.get();
                } else {
                    started = EmbeddedBroker.start(EmbeddedBroker.inDataDir(data), 0);
                    bootstrap = started.bootstrapServers();
                    err.println("newsline tail: started the embedded broker on " + EmbeddedBroker.inDataDir(data) + " at " + bootstrap);
                }
            }
            TailOptions options = new TailOptions(bootstrap, topic, fromBeginning, max, timeout == null ? null : timeout);
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
