package io.newsline.crawler.state;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * {@link CrawlState} in one SQLite file ({@code <data>/state.db}), in WAL mode.
 *
 * <p>Why SQLite: every change is an ACID transaction, so a kill -9 at any instant leaves the last committed
 * state intact (the write-ahead log is replayed or discarded on open); it is a single file an operator can
 * inspect with the {@code sqlite3} shell; and it needs no server. {@code synchronous=NORMAL} keeps commits
 * durable across process crashes (only an OS crash or power loss can roll back the last commits, which the
 * pending-publication reconciliation then repairs).
 */
public final class SqliteCrawlState implements CrawlState {

    private static final int SCHEMA_VERSION = 1;
    private final Connection db;
    private final Path file;

    private SqliteCrawlState(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** Opens (creating if needed) the state file. The caller holds the data directory's lock. */
    public static SqliteCrawlState open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = db.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("PRAGMA busy_timeout=5000");
                st.execute("""
                        CREATE TABLE IF NOT EXISTS urls (
                          url TEXT PRIMARY KEY, kind TEXT NOT NULL, status TEXT NOT NULL,
                          last_fetched INTEGER, next_due INTEGER, http_status INTEGER NOT NULL DEFAULT 0,
                          article_id TEXT, etag TEXT, last_modified TEXT, content_hash TEXT, article_date INTEGER)""");
                st.execute("CREATE INDEX IF NOT EXISTS urls_due ON urls(kind, next_due)");
                st.execute("""
                        CREATE TABLE IF NOT EXISTS articles (
                          id TEXT PRIMARY KEY, version INTEGER NOT NULL, content_hash TEXT NOT NULL)""");
                st.execute("""
                        CREATE TABLE IF NOT EXISTS pending (
                          id TEXT NOT NULL, version INTEGER NOT NULL, content_hash TEXT NOT NULL, url TEXT NOT NULL,
                          run_id INTEGER NOT NULL, PRIMARY KEY (id, version))""");
                st.execute("CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started INTEGER NOT NULL)");
                st.execute("""
                        CREATE TABLE IF NOT EXISTS run_offsets (
                          run_id INTEGER NOT NULL, part INTEGER NOT NULL, start_offset INTEGER NOT NULL,
                          PRIMARY KEY (run_id, part))""");
                st.execute("""
                        CREATE TABLE IF NOT EXISTS binding (
                          one INTEGER PRIMARY KEY CHECK (one = 1), cluster_id TEXT NOT NULL, topic TEXT NOT NULL)""");
                st.execute("CREATE TABLE IF NOT EXISTS hosts (host TEXT PRIMARY KEY, last_asked INTEGER NOT NULL)");
                st.execute("PRAGMA user_version=" + SCHEMA_VERSION);
            }
            return new SqliteCrawlState(file, db);
        } catch (SQLException | IOException e) {
            throw new StateStoreException("could not open the crawl state " + file + ": " + e.getMessage()
                    + "; check the --data directory is writable, or move the file away to start afresh", e);
        }
    }

    @Override
    public synchronized Optional<UrlState> url(String url) {
        try (PreparedStatement ps = db.prepareStatement("SELECT * FROM urls WHERE url = ?")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(readUrl(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read url " + url, e);
        }
    }

    @Override
    public synchronized void saveUrl(UrlState s) {
        try {
            upsertUrl(s);
        } catch (SQLException e) {
            throw failure("save url " + s.url(), e);
        }
    }

    @Override
    public synchronized boolean discover(String url, UrlKind kind, Instant now) {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT OR IGNORE INTO urls (url, kind, status, next_due) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, url);
            ps.setString(2, kind.name());
            ps.setString(3, UrlStatus.NEW.name());
            ps.setLong(4, now.toEpochMilli());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("discover " + url, e);
        }
    }

    @Override
    public synchronized List<UrlState> due(UrlKind kind, Instant now, int limit) {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT * FROM urls WHERE kind = ? AND next_due IS NOT NULL AND next_due <= ? ORDER BY next_due LIMIT ?")) {
            ps.setString(1, kind.name());
            ps.setLong(2, now.toEpochMilli());
            ps.setInt(3, limit);
            List<UrlState> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(readUrl(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("list due urls", e);
        }
    }

    @Override
    public synchronized Optional<ArticleVersion> article(String articleId) {
        try (PreparedStatement ps = db.prepareStatement("SELECT version, content_hash FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ArticleVersion(articleId, rs.getInt(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read article " + articleId, e);
        }
    }

    @Override
    public synchronized void addPending(PendingPublication p) {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT OR REPLACE INTO pending (id, version, content_hash, url, run_id) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, p.articleId());
            ps.setInt(2, p.version());
            ps.setString(3, p.contentHash());
            ps.setString(4, p.url());
            ps.setLong(5, p.runId());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("mark pending " + p.articleId(), e);
        }
    }

    @Override
    public synchronized void acknowledged(PendingPublication p, UrlState urlState) {
        try {
            inTransaction(() -> {
                try (PreparedStatement up = db.prepareStatement(
                        "INSERT INTO articles (id, version, content_hash) VALUES (?, ?, ?) "
                                + "ON CONFLICT(id) DO UPDATE SET version = excluded.version, content_hash = excluded.content_hash "
                                + "WHERE excluded.version >= articles.version");
                     PreparedStatement del = db.prepareStatement("DELETE FROM pending WHERE id = ? AND version = ?")) {
                    up.setString(1, p.articleId());
                    up.setInt(2, p.version());
                    up.setString(3, p.contentHash());
                    up.executeUpdate();
                    del.setString(1, p.articleId());
                    del.setInt(2, p.version());
                    del.executeUpdate();
                    if (urlState != null) {
                        upsertUrl(urlState);
                    }
                    return null;
                }
            });
        } catch (SQLException e) {
            throw failure("commit acknowledged " + p.articleId() + " v" + p.version(), e);
        }
    }

    @Override
    public synchronized void dropPending(PendingPublication p) {
        try (PreparedStatement del = db.prepareStatement("DELETE FROM pending WHERE id = ? AND version = ?")) {
            del.setString(1, p.articleId());
            del.setInt(2, p.version());
            del.executeUpdate();
        } catch (SQLException e) {
            throw failure("drop pending " + p.articleId(), e);
        }
    }

    @Override
    public synchronized List<PendingPublication> pending() {
        List<PendingPublication> out = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, version, content_hash, url, run_id FROM pending ORDER BY id, version")) {
            while (rs.next()) {
                out.add(new PendingPublication(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
            }
            return out;
        } catch (SQLException e) {
            throw failure("list pending", e);
        }
    }

    @Override
    public synchronized long startRun(Instant now, Map<Integer, Long> topicEndOffsets) {
        try {
            return inTransaction(() -> {
                try (PreparedStatement run = db.prepareStatement("INSERT INTO runs (started) VALUES (?)", Statement.RETURN_GENERATED_KEYS);
                     PreparedStatement off = db.prepareStatement("INSERT INTO run_offsets (run_id, part, start_offset) VALUES (?, ?, ?)")) {
                    run.setLong(1, now.toEpochMilli());
                    run.executeUpdate();
                    long runId;
                    try (ResultSet keys = run.getGeneratedKeys()) {
                        keys.next();
                        runId = keys.getLong(1);
                    }
                    for (Map.Entry<Integer, Long> e : topicEndOffsets.entrySet()) {
                        off.setLong(1, runId);
                        off.setInt(2, e.getKey());
                        off.setLong(3, e.getValue());
                        off.addBatch();
                    }
                    off.executeBatch();
                    return runId;
                }
            });
        } catch (SQLException e) {
            throw failure("start run", e);
        }
    }

    @Override
    public synchronized Map<Integer, Long> startOffsets(Collection<Long> runIds) {
        Map<Integer, Long> out = new HashMap<>();
        for (Long runId : runIds) {
            try (PreparedStatement ps = db.prepareStatement("SELECT part, start_offset FROM run_offsets WHERE run_id = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.merge(rs.getInt(1), rs.getLong(2), Math::min);
                    }
                }
            } catch (SQLException e) {
                throw failure("read run offsets", e);
            }
        }
        return out;
    }

    @Override
    public synchronized long countUrls() {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM urls")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("count urls", e);
        }
    }

    @Override
    public synchronized Map<String, Instant> lastAsked() {
        Map<String, Instant> out = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT host, last_asked FROM hosts")) {
            while (rs.next()) {
                out.put(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read when the hosts were last asked", e);
        }
    }

    @Override
    public synchronized void asked(String host, Instant at) {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO hosts (host, last_asked) VALUES (?, ?) "
                + "ON CONFLICT(host) DO UPDATE SET last_asked = max(last_asked, excluded.last_asked)")) {
            ps.setString(1, host);
            ps.setLong(2, at.toEpochMilli());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("record a request to " + host, e);
        }
    }

    @Override
    public synchronized Optional<StateBinding> binding() {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT cluster_id, topic FROM binding")) {
            return rs.next() ? Optional.of(new StateBinding(rs.getString(1), rs.getString(2))) : Optional.empty();
        } catch (SQLException e) {
            throw failure("read the topic and cluster of the state", e);
        }
    }

    @Override
    public synchronized void bind(StateBinding binding) {
        try {
            upsertBinding(binding);
        } catch (SQLException e) {
            throw failure("record the topic and cluster of the state", e);
        }
    }

    @Override
    public synchronized void reset(StateBinding binding) {
        try {
            db.setAutoCommit(false);
            try (Statement st = db.createStatement()) {
                for (String table : List.of("urls", "articles", "pending", "run_offsets", "runs")) {
                    st.executeUpdate("DELETE FROM " + table);
                }
                upsertBinding(binding);
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("reset the state", e);
        }
    }

    private void upsertBinding(StateBinding binding) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO binding (one, cluster_id, topic) VALUES (1, ?, ?)")) {
            ps.setString(1, binding.clusterId());
            ps.setString(2, binding.topic());
            ps.executeUpdate();
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction. On a failure the first error is the one thrown: SQLite may already have
     * rolled back by itself (it does on SQLITE_FULL), and then the rollback's and the commit's own complaints
     * ("no transaction is active") only hide the cause; they are kept as suppressed exceptions.
     */
    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        db.setAutoCommit(false);
        SQLException failed = null;
        try {
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException e) {
            failed = e;
            try {
                db.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException restore) {
                if (failed == null) {
                    throw restore;
                }
                failed.addSuppressed(restore);
            }
        }
    }

    private void upsertUrl(UrlState s) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("""
                INSERT OR REPLACE INTO urls (url, kind, status, last_fetched, next_due, http_status, article_id, etag,
                  last_modified, content_hash, article_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, s.url());
            ps.setString(2, s.kind().name());
            ps.setString(3, s.status().name());
            setInstant(ps, 4, s.lastFetched());
            setInstant(ps, 5, s.nextDue());
            ps.setInt(6, s.lastHttpStatus());
            ps.setString(7, s.articleId());
            ps.setString(8, s.etag());
            ps.setString(9, s.lastModified());
            ps.setString(10, s.contentHash());
            setInstant(ps, 11, s.articleDate());
            ps.executeUpdate();
        }
    }

    private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value.toEpochMilli());
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static UrlState readUrl(ResultSet rs) throws SQLException {
        return new UrlState(rs.getString("url"), UrlKind.valueOf(rs.getString("kind")), UrlStatus.valueOf(rs.getString("status")),
                instant(rs, "last_fetched"), instant(rs, "next_due"), rs.getInt("http_status"), rs.getString("article_id"),
                rs.getString("etag"), rs.getString("last_modified"), rs.getString("content_hash"), instant(rs, "article_date"));
    }

    private StateStoreException failure(String what, SQLException e) {
        if (isDiskFull(e)) {
            Path dir = file.toAbsolutePath().getParent();
            return new StateStoreException(StateStoreException.Reason.DISK_FULL, "disk full: the crawl state " + file
                    + " could not " + what + " (SQLITE_FULL); free space on the disk holding " + dir
                    + " (or give --data a directory on a disk with room) and run again: what was committed is intact "
                    + "and the next run goes on from it", e);
        }
        return new StateStoreException("crawl state " + file + ": could not " + what + ": " + e.getMessage(), e);
    }

    private static boolean isDiskFull(SQLException e) {
        if (e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_FULL) {
            return true;
        }
        // extended result codes keep the primary code in the low byte
        return (e.getErrorCode() & 0xff) == SQLiteErrorCode.SQLITE_FULL.code;
    }

    /**
     * Opens the state file with its size capped at {@code maxPages} database pages (SQLite's
     * {@code max_page_count}): a write that would grow it beyond fails with SQLITE_FULL exactly as on a full disk.
     * For tests of the disk-full path; not an operator setting.
     */
    public static SqliteCrawlState openWithPageLimit(Path file, long maxPages) {
        SqliteCrawlState state = open(file);
        try (Statement st = state.db.createStatement()) {
            st.execute("PRAGMA max_page_count=" + maxPages);
        } catch (SQLException e) {
            state.close();
            throw state.failure("cap the file at " + maxPages + " pages", e);
        }
        return state;
    }
}
