package io.newsline.crawler.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsline}: the entry point of the runnable jar. */
@Command(name = "newsline",
        mixinStandardHelpOptions = true,
        versionProvider = NewslineVersion.class,
        description = "Crawls news sites politely, extracts clean articles and publishes them to Kafka.",
        subcommands = {CrawlCommand.class, ParseCommand.class, TailCommand.class, BrokerCommand.class, EvalCommand.class,
                WorkerCommand.class, BenchCommand.class, ReplayCommand.class,
                CommandLine.HelpCommand.class})
public final class Newsline implements Callable<Integer> {

    /** Exit code for a run that failed (records undelivered, nothing could be crawled). */
    public static final int EXIT_FAILED = 1;
    /** Exit code for bad usage or configuration (options, site files, data directory in use, broker unreachable). */
    public static final int EXIT_CONFIG = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a command there is nothing to do: the usage goes to standard error and the exit code says misuse. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_CONFIG;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that run commands in-process. */
    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** The configured command line reading option defaults from {@code environment} (and the settings file it names). */
    public static CommandLine commandLine(java.util.Map<String, String> environment) {
        CommandLine cl = new CommandLine(new Newsline());
        OptionDefaults.install(cl, environment);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("newsline " + commandLine.getCommandName() + ": " + ex.getMessage());
            return EXIT_CONFIG;
        });
        return cl;
    }
}
