package io.newsline.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.publisher.testing.TestBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DataDirLockTest {
    private final Path dir = TestBroker.tempDir("newsline-lock-test-");

    @AfterEach
    void deleteDataDir() {
        TestBroker.deleteRecursively(dir);
    }

    @Test
    void aSecondLockInThisProcessIsRefusedNamingTheDirectoryAndTheWayOut() {
        try (DataDirLock first = DataDirLock.acquire(dir, DataDirLock.Use.CRAWL)) {
            assertThatThrownBy(() -> DataDirLock.acquire(dir, DataDirLock.Use.CRAWL))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the crawl state in " + dir.toAbsolutePath() + " is in use by another newsline process (pid "
                            + ProcessHandle.current().pid() + ", this process); wait for it to finish, stop it, "
                            + "or give this run its own --data directory");
        }
    }

    @Test
    void aRefusedSecondLockInThisProcessDoesNotReleaseTheFirstForOtherProcesses() throws Exception {
        // Closing any channel on a file this JVM has locked drops the JVM's POSIX lock: a refusal that opened the
        // lock file again to read the holder's pid would hand the directory to the next process.
        try (DataDirLock first = DataDirLock.acquire(dir, DataDirLock.Use.CRAWL)) {
            assertThatThrownBy(() -> DataDirLock.acquire(dir, DataDirLock.Use.CRAWL)).isInstanceOf(IllegalStateException.class);

            assertThat(runProbe(dir, DataDirLock.Use.CRAWL)).singleElement().asString()
                    .startsWith("refused: the crawl state in " + dir.toAbsolutePath() + " is in use by another newsline process (pid "
                            + ProcessHandle.current().pid() + ")");
        }
        assertThat(runProbe(dir, DataDirLock.Use.CRAWL)).containsExactly("locked");
    }

    @Test
    void theCrawlStateAndTheBrokerLockOneDirectoryIndependently() {
        try (DataDirLock crawl = DataDirLock.acquire(dir, DataDirLock.Use.CRAWL);
             DataDirLock broker = DataDirLock.acquire(dir, DataDirLock.Use.BROKER)) {
            assertThat(DataDirLock.isHeld(dir, DataDirLock.Use.CRAWL)).isTrue();
            assertThat(DataDirLock.isHeld(dir, DataDirLock.Use.BROKER)).isTrue();
        }
        assertThat(DataDirLock.isHeld(dir, DataDirLock.Use.CRAWL)).isFalse();
        assertThat(DataDirLock.isHeld(dir, DataDirLock.Use.BROKER)).isFalse();
    }

    /** Runs {@link LockProbe} in a new JVM and returns what it printed. */
    private static List<String> runProbe(Path dataDir, DataDirLock.Use use) throws IOException, InterruptedException {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockProbe.class.getName(), dataDir.toString(), use.name())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }

    /** Another newsline process: tries to take the lock and says what happened. */
    public static final class LockProbe {
        public static void main(String[] args) {
            try (DataDirLock ignored = DataDirLock.acquire(Paths.get(args[0]), DataDirLock.Use.valueOf(args[1]))) {
                System.out.println("locked");
            } catch (IllegalStateException e) {
                System.out.println("refused: " + e.getMessage());
            }
        }
    }
}
