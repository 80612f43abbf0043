package io.newsline.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/newsline}, run as a user runs it, from a checkout laid out as a clone is: {@code bin/newsline} and
 * {@code crawler/target/newsline.jar}. The jar here is a thin one over the test's class path, so the test needs no
 * package phase and runs the code under test.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("..", "bin", "newsline");

    @TempDir
    Path checkout;

    @Test
    void versionThroughTheLauncherPrintsNewslineAndItsVersion() throws Exception {
        Path launcher = checkoutWithJar();

        Run run = run(List.of(launcher.toString(), "--version"), Map.of());

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).startsWith("newsline ");
    }

    @Test
    void withoutABuiltJarTheLauncherSaysHowToBuildIt() throws Exception {
        Path launcher = copyScript();

        Run run = run(List.of(launcher.toString(), "--version"), Map.of());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("crawler/target/newsline.jar is not built yet")
                .contains("mvn -B -q package -DskipTests");
    }

    @Test
    void javaOptsReachTheJvm() throws Exception {
        Path launcher = checkoutWithJar();

        Run run = run(List.of(launcher.toString(), "--version"), Map.of("JAVA_OPTS", "-Xmx96m -XshowSettings:vm"));

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.err + run.out).contains("Max. Heap Size: 96.00M");
    }

    @Test
    void aLinkToTheLauncherFindsTheCheckoutItPointsTo() throws Exception {
        Path launcher = checkoutWithJar();
        Path link = Files.createSymbolicLink(Files.createDirectories(checkout.resolve("elsewhere")).resolve("newsline"), launcher);

        Run run = run(List.of(link.toString(), "--version"), Map.of());

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).startsWith("newsline ");
    }

    private Path copyScript() throws IOException {
        Path launcher = Files.createDirectories(checkout.resolve("bin")).resolve("newsline");
        Files.copy(SCRIPT, launcher);
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        return launcher;
    }

    private Path checkoutWithJar() throws IOException {
        Path launcher = copyScript();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Newsline.class.getName());
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path jar = Files.createDirectories(checkout.resolve("crawler/target")).resolve("newsline.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest-only jar: its Class-Path names the classes and libraries
        }
        return launcher;
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the launcher ended").isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
