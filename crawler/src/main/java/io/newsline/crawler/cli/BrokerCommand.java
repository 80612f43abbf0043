package io.newsline.crawler.cli;

import io.newsline.publisher.EmbeddedBroker;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsline broker}: runs the embedded single-node Kafka broker in the foreground. */
@Command(name = "broker", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs an embedded single-node Kafka broker (KRaft) in the foreground, for local multi-process use.",
                "Prints its bootstrap address; stop it with Ctrl-C or SIGTERM."})
public final class BrokerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data = new DataDirOption();

    @Option(names = "--port", defaultValue = "9092", paramLabel = "PORT", description = "Port of the PLAINTEXT listener on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port != 0 && !free(port)) {
            err.println("newsline broker: port " + port + " on 127.0.0.1 is in use (another broker?); stop what holds it,"
                    + " or give another --port (0 picks a free one)");
            return Newsline.EXIT_CONFIG;
        }
        EmbeddedBroker broker;
        try {
            broker = EmbeddedBroker.start(EmbeddedBroker.inDataDir(data.data), port);
        } catch (RuntimeException e) {
            err.println("newsline broker: " + e.getMessage());
            return Newsline.EXIT_CONFIG;
        }
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            done.countDown();
        }, "newsline-broker-shutdown"));
        out.println("newsline broker: Kafka is up at " + broker.bootstrapServers() + " (data in " + EmbeddedBroker.inDataDir(data.data) + ")");
        out.println("use it with: --kafka " + broker.bootstrapServers() + "   (Ctrl-C to stop)");
        out.flush();
        done.await();
        return 0;
    }

    /** True when nothing listens on {@code port} of 127.0.0.1, checked before Kafka starts (and logs its own failure). */
    static boolean free(int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
