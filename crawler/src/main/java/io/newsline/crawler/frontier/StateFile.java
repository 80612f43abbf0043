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
import java.util.List;
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
    private static final int SCHEMA_VERSION = 1;
    /** How long an open waits for the previous owner (another worker on this host) to close the file. */
    private static final int BUSY_TIMEOUT_MS = 60_000;

    /** One change to the copy: a URL or article state (value present) or its removal (value null). */
    public record Change(String key, byte[] value) {
    }

    private final String where;
    private final Connection db;
    private boolean closed;

    private StateFile(String where, Connection db) {
        this.where = where;
        this.db = db;
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
                if (version != 0 && version != SCHEMA_VERSION) {
                    db.close();
                    throw new IllegalStateException("worker state file " + where + " has schema " + version + ", this version reads "
                            + SCHEMA_VERSION + "; delete the file, it is rebuilt from the state topic");
                }
                st.execute("CREATE TABLE IF NOT EXISTS urls (url TEXT PRIMARY KEY, next_due INTEGER, value BLOB NOT NULL) WITHOUT ROWID");
                st.execute("CREATE INDEX IF NOT EXISTS urls_due ON urls (next_due) WHERE next_due IS NOT NULL");
                st.execute("CREATE TABLE IF NOT EXISTS versions (id TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID");
                st.execute("CREATE TABLE IF NOT EXISTS checkpoint (id INTEGER PRIMARY KEY CHECK (id = 0), next_offset INTEGER NOT NULL)");
                st.execute("PRAGMA user_version=" + SCHEMA_VERSION);
            }
            db.setAutoCommit(false);
            return new StateFile(where, db);
        } catch (SQLException e) {
            throw failure("open", where, e);
        }
    }

    /** The offset of the state topic the copy holds every committed record before; empty for a new (or wiped) copy. */
    public synchronized OptionalLong checkpoint() {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT next_offset FROM checkpoint")) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            throw failure("read the checkpoint of", where, e);
        }
    }

    /** Forgets everything, the checkpoint too: the copy is rebuilt from the beginning of the topic. */
    public synchronized void wipe() {
        try (Statement st = db.createStatement()) {
            st.execute("DELETE FROM urls");
            st.execute("DELETE FROM versions");
            st.execute("DELETE FROM checkpoint");
            db.commit();
        } catch (SQLException e) {
            throw failure("wipe", where, e);
        }
    }

    /**
     * Applies {@code changes} (records of the topic, in order) and, when present, moves the checkpoint to
     * {@code nextOffset}, in one transaction.
     */
    public synchronized void write(Collection<Change> changes, OptionalLong nextOffset) {
        try (PreparedStatement putUrl = db.prepareStatement("INSERT OR REPLACE INTO urls (url, next_due, value) VALUES (?, ?, ?)");
             PreparedStatement dropUrl = db.prepareStatement("DELETE FROM urls WHERE url = ?");
             PreparedStatement putVersion = db.prepareStatement("INSERT OR REPLACE INTO versions (id, value) VALUES (?, ?)");
             PreparedStatement dropVersion = db.prepareStatement("DELETE FROM versions WHERE id = ?")) {
            for (Change c : changes) {
                // executed one by one, not batched: a key may change twice in one batch, and order matters then
                if (StateRecords.isUrlKey(c.key())) {
                    String url = c.key().substring(2);
                    if (c.value() == null) {
                        dropUrl.setString(1, url);
                        dropUrl.executeUpdate();
                    } else {
                        Instant due = StateRecords.decodeUrl(c.key(), c.value()).nextDue();
                        putUrl.setString(1, url);
                        if (due == null) {
                            putUrl.setNull(2, java.sql.Types.INTEGER);
                        } else {
                            putUrl.setLong(2, due.toEpochMilli());
                        }
                        putUrl.setBytes(3, c.value());
                        putUrl.executeUpdate();
                    }
                } else if (StateRecords.isArticleKey(c.key())) {
                    String id = c.key().substring(2);
                    if (c.value() == null) {
                        dropVersion.setString(1, id);
                        dropVersion.executeUpdate();
                    } else {
                        putVersion.setString(1, id);
                        putVersion.setBytes(2, c.value());
                        putVersion.executeUpdate();
                    }
                }
            }
            if (nextOffset.isPresent()) {
                try (PreparedStatement cp = db.prepareStatement("INSERT OR REPLACE INTO checkpoint (id, next_offset) VALUES (0, ?)")) {
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
