package io.newsline.crawler.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A settings file given by {@code --config FILE} or {@code $NEWSLINE_CONFIG}: Java properties (UTF-8) whose keys are
 * option names without {@code --} ({@code delay = 2s}), optionally prefixed by a command to apply to that command
 * only ({@code crawl.every = 15m}). Every key is checked against the options of the command tree when the file is
 * read, so a misspelt key fails the run with the file and the key instead of being ignored.
 */
record SettingsFile(Path path, Map<String, String> values) {

    SettingsFile {
        values = Map.copyOf(values);
    }

    /** Reads and checks {@code path} against the options of {@code root}'s commands; throws naming file and key. */
    static SettingsFile read(Path path, CommandSpec root) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw new SettingsException(path + ": no such settings file (given by --config or NEWSLINE_CONFIG)");
        } catch (CharacterCodingException e) {
            throw new SettingsException(path + ": not UTF-8 text; save the settings file as UTF-8");
        } catch (IOException | IllegalArgumentException e) {
            throw new SettingsException(path + ": cannot read the settings file: " + e.getMessage());
        }
        Map<String, String> values = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            check(path, key, root);
            values.put(key, properties.getProperty(key).strip());
        }
        return new SettingsFile(path, values);
    }

    /** The value this file gives {@code option} of its command: the command-qualified key first, then the plain one. */
    Optional<String> valueFor(OptionSpec option) {
        String key = key(option);
        return Optional.ofNullable(values.get(option.command().name() + "." + key)).or(() -> Optional.ofNullable(values.get(key)));
    }

    /** The file key of an option: its longest name without the leading dashes ({@code --max-pages}: {@code max-pages}). */
    static String key(OptionSpec option) {
        return option.longestName().replaceFirst("^-+", "");
    }

    private static void check(Path path, String key, CommandSpec root) {
        if (key.equals("config")) {
            throw new SettingsException(path + ": key 'config': a settings file cannot name another; give one with --config or NEWSLINE_CONFIG");
        }
        int dot = key.indexOf('.');
        if (dot > 0) {
            CommandLine command = root.subcommands().get(key.substring(0, dot));
            if (command == null) {
                throw new SettingsException(path + ": unknown key '" + key + "': there is no command '" + key.substring(0, dot)
                        + "'; commands are " + root.subcommands().keySet());
            }
            if (!keysOf(command.getCommandSpec()).contains(key.substring(dot + 1))) {
                throw new SettingsException(path + ": unknown key '" + key + "': " + command.getCommandName() + " has no option --"
                        + key.substring(dot + 1) + "; its options are " + keysOf(command.getCommandSpec()));
            }
            return;
        }
        Set<String> all = new TreeSet<>();
        root.subcommands().values().forEach(c -> all.addAll(keysOf(c.getCommandSpec())));
        if (!all.contains(key)) {
            throw new SettingsException(path + ": unknown key '" + key + "': no command has an option --" + key
                    + "; keys are option names without '--', e.g. delay = 2s, or crawl.every = 15m for one command");
        }
    }

    private static Set<String> keysOf(CommandSpec command) {
        Set<String> keys = new TreeSet<>();
        for (OptionSpec option : command.options()) {
            if (!option.usageHelp() && !option.versionHelp() && !option.longestName().equals(OptionDefaults.CONFIG_OPTION)) {
                keys.add(key(option));
            }
        }
        return keys;
    }

    /** A settings file that cannot be read or names an option no command has; the message names the file and key. */
    static final class SettingsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SettingsException(String message) {
            super(message);
        }
    }
}
