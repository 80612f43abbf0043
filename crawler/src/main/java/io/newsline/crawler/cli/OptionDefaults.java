package io.newsline.crawler.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The value of an option not given on the command line, from the environment, else from the settings file, else
 * the option's own default: flag &gt; environment &gt; file &gt; default. An option {@code --max-pages} is read
 * from {@code NEWSLINE_MAX_PAGES} (upper case, {@code _} for {@code -}); {@code --kafka} sets Kafka's
 * {@code bootstrap.servers}, so it is read from {@code NEWSLINE_KAFKA_BOOTSTRAP_SERVERS}, the name that property has
 * in the {@code NEWSLINE_KAFKA_<PROPERTY>} scheme of Kafka client settings. The settings file is {@code --config FILE},
 * else {@code $NEWSLINE_CONFIG} (see {@link SettingsFile}). An empty environment variable counts as unset.
 */
final class OptionDefaults implements CommandLine.IDefaultValueProvider {
    /** The option naming the settings file, added to every command by {@link #install}. */
    static final String CONFIG_OPTION = "--config";
    /** The environment variable naming the settings file when {@code --config} is not given. */
    static final String CONFIG_ENVIRONMENT = "NEWSLINE_CONFIG";
    private static final String PREFIX = "NEWSLINE_";
    private static final Map<String, String> ENVIRONMENT_NAMES = Map.of("--kafka", "NEWSLINE_KAFKA_BOOTSTRAP_SERVERS");

    private final Map<String, String> environment;
    private final Map<Path, SettingsFile> files = new HashMap<>();

    private OptionDefaults(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * Adds {@code --config FILE} to every command of {@code root} but {@code help}, a footer saying where else options
     * come from, and this provider reading {@code environment}.
     */
    static void install(CommandLine root, Map<String, String> environment) {
        for (CommandLine command : root.getSubcommands().values()) {
            if (command.getCommand() instanceof CommandLine.HelpCommand) {
                continue;
            }
            CommandSpec spec = command.getCommandSpec();
            spec.addOption(OptionSpec.builder(CONFIG_OPTION).paramLabel("FILE").type(Path.class)
                    .description("Settings file: Java properties, one option a line without '--' (delay = 2s; crawl.every = 15m"
                            + " for one command only). Default: $" + CONFIG_ENVIRONMENT + ".")
                    .build());
            spec.usageMessage().footer(
                    "%nEvery option can also be set in the environment, NEWSLINE_ and its name in upper case with _ for -"
                            + " (NEWSLINE_DELAY, NEWSLINE_SEEDS; --kafka: NEWSLINE_KAFKA_BOOTSTRAP_SERVERS), or in the --config file."
                            + " A flag wins over the environment, which wins over the file.");
        }
        root.setDefaultValueProvider(new OptionDefaults(environment));
    }

    /** The environment variable of {@code option}: {@code --max-pages} is {@code NEWSLINE_MAX_PAGES}. */
    static String environmentName(OptionSpec option) {
        return ENVIRONMENT_NAMES.getOrDefault(option.longestName(),
                PREFIX + SettingsFile.key(option).toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) {
            return null;
        }
        if (option.longestName().equals(CONFIG_OPTION)) {
            return fromEnvironment(CONFIG_ENVIRONMENT).orElse(null);
        }
        // read on every option, help included, so a bad file fails even when every option is given as a flag
        Optional<SettingsFile> file = settingsFile(option.command());
        if (option.usageHelp() || option.versionHelp()) {
            return null;
        }
        return fromEnvironment(environmentName(option))
                .or(() -> file.flatMap(f -> f.valueFor(option)))
                .orElse(null);
    }

    private Optional<String> fromEnvironment(String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }

    private Optional<SettingsFile> settingsFile(CommandSpec command) {
        OptionSpec config = command.findOption(CONFIG_OPTION);
        if (config == null) {
            return Optional.empty(); // `newsline --version` and `help` read no settings
        }
        Optional<Path> path = Optional.ofNullable((Path) config.getValue())
                .or(() -> fromEnvironment(CONFIG_ENVIRONMENT).map(Path::of));
        return path.map(p -> files.computeIfAbsent(p, q -> read(q, command)));
    }

    private static SettingsFile read(Path path, CommandSpec command) {
        try {
            return SettingsFile.read(path, command.root());
        } catch (SettingsFile.SettingsException e) {
            throw new CommandLine.ParameterException(command.commandLine(), e.getMessage(), e);
        }
    }
}
