package io.newsline.crawler.frontier;

import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.UrlState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The local copy of one partition of the crawl-state topic, in SQLite (WAL) off the Java heap: the state of each URL,
 * the last version of each article, and the <em>checkpoint</em>, the offset of the topic up to which the copy holds
 * the committed records. A batch of records and the checkpoint after it are written in one SQLite transaction, so the
 * checkpoint never claims more than the file holds. The file is opened in exclusive locking mode: a second process
 * (or connection) that opens it waits until the first closes it, up to the busy timeout. Thread-safe.
 */
public final class StateFile implements AutoCloseable {
    /** 2: the checkpoint names the topic id. A file of an older schema is dropped and rebuilt (it is only a copy). */
    private static final int SCHEMA_VERSION = 2;
    /** How long an open waits for the previous owner (another worker on this host) to close the file. */
    private static final int BUSY_TIMEOUT_MS = 60_000;

    /** One change to the copy: a URL or article state (value present) or its removal (value null). */
    public record Change(String key, byte[] value) {
    }

    /**
     * Up to where the copy holds a topic: the topic's id (Kafka's topic UUID, so that a topic deleted and created
     * again under the same name is told apart) and the offset of the next record to read.
     */
    public record Checkpoint(String topicId, long nextOffset) {
        public Checkpoint {
            java.util.Objects.requireNonNull(topicId, "topicId");
        }
    }

    private final String where;
    private final Connection db;
    private final boolean onDisk;
    private boolean closed;

    private StateFile(String where, Connection db, boolean onDisk) {
        this.where = where;
        this.db = db;
        this.onDisk = onDisk;
    }

    /** Opens (creating it if missing) the copy in {@code file}. */
    public static StateFile open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the worker's state directory " + file.getParent()
                    + ": " + e.getMessage() + "; check --data", e);
        }
        return connect(file.toString(), "jdbc:sqlite:" + file.toAbsolutePath(), true);
    }

    /** A copy in native memory, gone when closed: for tests and for a worker without a data directory. */
    public static StateFile inMemory() {
        return connect("memory", "jdbc:sqlite::memory:", false);
    }

    private static StateFile connect(String where, String url, boolean onDisk) {
        try {
            Connection db = DriverManager.getConnection(url);
            try (Statement st = db.createStatement()) {
                st.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
                if (onDisk) {
                    st.execute("PRAGMA locking_mode=EXCLUSIVE");
                    st.execute("PRAGMA journal_mode=WAL");
                    st.execute("PRAGMA synchronous=NORMAL"); // a lost tail is restored again from the topic
                }
                int version;
                try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                    version = rs.next() ? rs.getInt(1) : 0;
                }
                if (version > SCHEMA_VERSION) {
                    db.close();
                    throw new IllegalStateException("worker state file " + where + " has schema " + version + ", this version reads "
                            + SCHEMA_VERSION + "; delete the file, it is rebuilt from the state topic");
                }
                if (version != 0 && version < SCHEMA_VERSION) { // an older copy: rebuilt from the topic
                    st.execute("DROP TABLE IF EXISTS urls");
                    st.execute("DROP TABLE IF EXISTS versions");
                    st.execute("DROP TABLE IF EXISTS checkpoint");
                }
                st.execute("CREATE TABLE IF NOT EXISTS urls (url TEXT PRIMARY KEY, next_due INTEGER, value BLOB NOT NULL) WITHOUT ROWID");
                st.execute("CREATE INDEX IF NOT EXISTS urls_due ON urls (next_due) WHERE next_due IS NOT NULL");
                st.execute("CREATE TABLE IF NOT EXISTS versions (id TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID");
                st.execute("CREATE TABLE IF NOT EXISTS checkpoint (id INTEGER PRIMARY KEY CHECK (id = 0), topic_id TEXT NOT NULL,"
                        + " next_offset INTEGER NOT NULL)");
                st.execute("PRAGMA user_version=" + SCHEMA_VERSION);
            }
            db.setAutoCommit(false);
            return new StateFile(where, db, onDisk);
        } catch (SQLException e) {
            throw failure("open", where, e);
        }
    }

    /** Up to where the copy holds the state topic; empty for a new or wiped copy, or one whose rebuild did not finish. */
    public synchronized Optional<Checkpoint> checkpoint() {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT topic_id, next_offset FROM checkpoint")) {
            return rs.next() ? Optional.of(new Checkpoint(rs.getString(1), rs.getLong(2))) : Optional.empty();
        } catch (SQLException e) {
            throw failure("read the checkpoint of", where, e);
        }
    }

    /** Forgets everything, the checkpoint too: the copy is rebuilt from the beginning of the topic. */
    public synchronized void wipe() {
        try (Statement st = db.createStatement()) {
            st.execute("DELETE FROM checkpoint");
            st.execute("DELETE FROM urls");
            st.execute("DELETE FROM versions");
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw failure("wipe", where, e);
        }
    }

    /**
     * {@linkplain #wipe() Wipes} the copy for a rebuild from the beginning of the topic and, until
     * {@link #finishRebuild}, writes without waiting for the disk: a crash (or power loss) in between leaves a file
     * without a checkpoint, which is never trusted and is rebuilt again.
     */
    public synchronized void startRebuild() {
        wipe();
        pragma("PRAGMA synchronous=OFF");
    }

    /**
     * Ends a rebuild: makes everything written durable, then writes {@code checkpoint} in a durable commit, and goes
     * back to the normal (crash-safe) writes.
     */
    public synchronized void finishRebuild(Checkpoint checkpoint) {
        pragma("PRAGMA synchronous=FULL");
        pragma("PRAGMA wal_checkpoint(FULL)"); // with synchronous on: the database file is synced after the copy
        try (PreparedStatement cp = db.prepareStatement("INSERT OR REPLACE INTO checkpoint (id, topic_id, next_offset) VALUES (0, ?, ?)")) {
            cp.setString(1, checkpoint.topicId());
            cp.setLong(2, checkpoint.nextOffset());
            cp.executeUpdate();
            db.commit(); // synchronous=FULL: the WAL, with this commit, is synced before it returns
        } catch (SQLException e) {
            rollback();
            throw failure("write the checkpoint of", where, e);
        }
        pragma("PRAGMA synchronous=" + (onDisk ? "NORMAL" : "OFF"));
    }

    /**
     * Applies {@code changes} (records of the topic, in order) and, when present and the copy has a checkpoint, moves
     * it to {@code nextOffset}, in one transaction. A copy without a checkpoint keeps none: it is still untrusted.
     */
    public synchronized void write(Collection<Change> changes, OptionalLong nextOffset) {
        // the last change of each key wins; with one change per key the statements may run in batches, in any order
        Map<String, byte[]> last = new LinkedHashMap<>();
        for (Change c : changes) {
            last.put(c.key(), c.value());
        }
        try (PreparedStatement putUrl = db.prepareStatement("INSERT OR REPLACE INTO urls (url, next_due, value) VALUES (?, ?, ?)");
             PreparedStatement dropUrl = db.prepareStatement("DELETE FROM urls WHERE url = ?");
             PreparedStatement putVersion = db.prepareStatement("INSERT OR REPLACE INTO versions (id, value) VALUES (?, ?)");
             PreparedStatement dropVersion = db.prepareStatement("DELETE FROM versions WHERE id = ?")) {
            for (Map.Entry<String, byte[]> c : last.entrySet()) {
                String key = c.getKey();
                byte[] value = c.getValue();
                if (StateRecords.isUrlKey(key)) {
                    if (value == null) {
                        dropUrl.setString(1, key.substring(2));
                        dropUrl.addBatch();
                    } else {
                        Long due = StateRecords.nextDueMillis(key, value);
                        putUrl.setString(1, key.substring(2));
                        if (due == null) {
                            putUrl.setNull(2, java.sql.Types.INTEGER);
                        } else {
                            putUrl.setLong(2, due);
                        }
                        putUrl.setBytes(3, value);
                        putUrl.addBatch();
                    }
                } else if (StateRecords.isArticleKey(key)) {
                    if (value == null) {
                        dropVersion.setString(1, key.substring(2));
                        dropVersion.addBatch();
                    } else {
                        putVersion.setString(1, key.substring(2));
                        putVersion.setBytes(2, value);
                        putVersion.addBatch();
                    }
                }
            }
            putUrl.executeBatch();
            dropUrl.executeBatch();
            putVersion.executeBatch();
            dropVersion.executeBatch();
            if (nextOffset.isPresent()) {
                try (PreparedStatement cp = db.prepareStatement("UPDATE checkpoint SET next_offset = ?")) {
                    cp.setLong(1, nextOffset.getAsLong());
                    cp.executeUpdate();
                }
            }
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw failure("write to", where, e);
        }
    }

    public synchronized Optional<UrlState> url(String url) {
        try (PreparedStatement q = db.prepareStatement("SELECT value FROM urls WHERE url = ?")) {
            q.setString(1, url);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(StateRecords.decodeUrl(StateRecords.urlKey(url), rs.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", where, e);
        }
    }

    public synchronized Optional<ArticleVersion> version(String articleId) {
        try (PreparedStatement q = db.prepareStatement("SELECT value FROM versions WHERE id = ?")) {
            q.setString(1, articleId);
            try (ResultSet rs = q.executeQuery()) {
                String key = StateRecords.articleKey(articleId);
                return rs.next() ? Optional.of(StateRecords.decodeVersion(key, rs.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", where, e);
        }
    }

    /** URLs due at {@code now}, earliest first, at most {@code limit}. */
    public synchronized List<UrlState> due(Instant now, int limit) {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT url, value FROM urls WHERE next_due IS NOT NULL AND next_due <= ? ORDER BY next_due LIMIT ?")) {
            q.setLong(1, now.toEpochMilli());
            q.setInt(2, limit);
            List<UrlState> due = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    due.add(StateRecords.decodeUrl(StateRecords.urlKey(rs.getString(1)), rs.getBytes(2)));
                }
            }
            return due;
        } catch (SQLException e) {
            throw failure("read", where, e);
        }
    }

    /** URLs in the copy; 0 once closed (the partition is no longer owned). */
    public synchronized long urlCount() {
        if (closed) {
            return 0;
        }
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM urls")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("count the URLs of", where, e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            db.close();
        } catch (SQLException e) {
            throw failure("close", where, e);
        }
    }

    /** Runs a pragma outside a transaction (SQLite refuses some inside one). */
    private void pragma(String sql) {
        try {
            db.commit();
            db.setAutoCommit(true);
            try (Statement st = db.createStatement()) {
                st.execute(sql);
            } finally {
                db.setAutoCommit(false);
            }
        } catch (SQLException e) {
            throw failure("set " + sql + " on", where, e);
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException suppressed) {
            // the write already failed; that failure is the one to report
        }
    }

    private static IllegalStateException failure(String what, String where, SQLException e) {
        return new IllegalStateException("cannot " + what + " the worker state file " + where + ": " + e.getMessage()
                + "; it is only a copy of the state topic: delete it to rebuild it", e);
    }
}
