package io.newsline.crawler.observe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Health check: a file can be created, written and deleted in the state directory (the disk is not full or read-only). */
public final class StateDirCheck implements HealthCheck {
    private final Path dir;

    public StateDirCheck(Path dir) {
        this.dir = dir;
    }

    @Override
    public String name() {
        return "state_store";
    }

    @Override
    public Optional<String> problem() {
        try {
            Path probe = Files.createTempFile(dir, ".health", ".tmp");
            try {
                Files.write(probe, new byte[]{1});
            } finally {
                Files.deleteIfExists(probe);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("the state directory " + dir + " is not writable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }
}
