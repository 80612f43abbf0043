package io.newsline.crawler.cli;

import io.newsline.crawler.bench.BenchRun;
import io.newsline.crawler.bench.BenchSite;
import io.newsline.publisher.EmbeddedBroker;
import io.newsline.publisher.KafkaClientSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsline bench}: measures 1, 2, 3 ... worker processes crawling a generated multi-host site. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures how fast 1, 2, 3 ... worker processes crawl a generated news site on 127.0.0.1.",
                "Serves --hosts hosts made from the newdaily test pages, starts an embedded Kafka broker (or uses --kafka,"
                        + " else $NEWSLINE_KAFKA_BOOTSTRAP_SERVERS), and for each count in --workers runs that many `newsline worker`"
                        + " processes with politeness delay 0 until every article is published; prints articles/s,"
                        + " fetch-to-publish p50/p99 and heap."})
public final class BenchCommand implements Callable<Integer> {
    /** The most worker processes one measurement starts. */
    static final int MAX_WORKERS = 64;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--hosts", defaultValue = "20", paramLabel = "N", description = "Hosts of the site (default: ${DEFAULT-VALUE}).")
    int hosts;

    @Option(names = "--articles", defaultValue = "5000", paramLabel = "N", description = "Articles in all, spread over the hosts (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--workers", defaultValue = "1,2,3", split = ",", paramLabel = "N",
            description = "Worker process counts to measure, each from 1 to " + MAX_WORKERS + " (default: ${DEFAULT-VALUE}).")
    List<Integer> workers = new ArrayList<>();

    @Option(names = "--heap", defaultValue = "512m", paramLabel = "SIZE", description = "-Xmx of each worker (default: ${DEFAULT-VALUE}).")
    String heap;

    @Mixin
    KafkaOption kafka = new KafkaOption();

    @Option(names = "--fixtures", defaultValue = "crawler/src/test/resources/e2e/newdaily/__files", paramLabel = "DIR",
            description = "Folder of the newdaily test pages the articles are made from (default: ${DEFAULT-VALUE}).")
    Path fixtures;

    @Option(names = "--profile", defaultValue = "seeds/newdaily.yaml", paramLabel = "FILE",
            description = "The newdaily site file the bench profile is made from (default: ${DEFAULT-VALUE}).")
    Path profile;

    @Option(names = "--timeout", defaultValue = "30m", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Give up a measurement after this long (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (int n : workers) {
            if (n < 1 || n > MAX_WORKERS) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--workers: " + n
                        + " is not a worker count; give counts from 1 to " + MAX_WORKERS + ", e.g. --workers 1,2,3");
            }
        }
        KafkaClientSettings client;
        try {
            client = kafka.clientSettings();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("newsline bench: " + e.getMessage());
            return Newsline.EXIT_CONFIG;
        }
        Path work = Files.createTempDirectory("newsline-bench-");
        EmbeddedBroker broker = null;
        try (BenchSite site = BenchSite.start(hosts, Math.max(1, articles / hosts), fixtures)) {
            String bootstrap = kafka.given().orElse(null);
            if (bootstrap == null) {
                broker = EmbeddedBroker.start(EmbeddedBroker.inDataDir(work), 0);
                bootstrap = broker.bootstrapServers();
            }
            Path seeds = site.writeSeeds(profile, work);
            out.println("bench: " + site.articles() + " articles on " + hosts + " hosts at 127.0.0.1:" + site.port()
                    + ", Kafka at " + bootstrap + ", worker heap " + heap + ", cores " + Runtime.getRuntime().availableProcessors());
            out.flush();
            BenchRun bench = new BenchRun(bootstrap, client, site, seeds, work, heap, timeout, out);
            for (int n : workers) {
                BenchRun.Result r = bench.run(n);
                out.println(r.line());
                out.flush();
            }
            return 0;
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }
}
