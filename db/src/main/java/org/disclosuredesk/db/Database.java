// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The office's one database file: opened with WAL, foreign keys and a busy timeout, migrated by
 * Flyway, and copied to a dated backup before any migration touches an existing file. A file that is
 * not SQLite, is damaged, or was written by a newer app is refused before anything is written to it.
 */
public final class Database implements Transactions, AutoCloseable {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final int POOL_SIZE = 4;
    private static final int BUSY_ATTEMPTS = 3;
    /** Up to this size the open runs quick_check (about a second per 250 MB on the development machine). */
    static final long QUICK_CHECK_LIMIT = 256L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final Path file;
    private final ConnectionPool pool;
    private final DSLContext dsl;
    private final Path migrationBackup;
    private final ThreadLocal<int[]> transactionDepth = ThreadLocal.withInitial(() -> new int[1]);

    private Database(Path file, ConnectionPool pool, Path migrationBackup) {
        this.file = file;
        this.pool = pool;
        this.migrationBackup = migrationBackup;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(SQLDialect.SQLITE);
        configuration.set(new ThreadLocalTransactionProvider(pool));
        configuration.set(new Settings().withExecuteLogging(false).withRenderSchema(false));
        configuration.set(new DefaultExecuteListenerProvider(new StorageErrors(file)));
        this.dsl = DSL.using(configuration);
    }

    /**
     * Opens the database file, creating it when missing: for {@code init}, the first start after the clerk
     * agreed, and tests. Every other command uses {@link #openExisting}.
     */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.exists(absolute) || sizeOf(absolute) == 0) {
            createParentFolder(absolute);
            return migrateAndOpen(absolute, false);
        }
        return openChecked(absolute);
    }

    /**
     * Opens a database file that exists, refusing a missing or empty (0-byte) one: only {@code init} and the
     * first start create a database (issue 14, item 11). A file that is not SQLite, fails SQLite's
     * {@code quick_check}, or was written by a newer app is refused before anything is written to it; Flyway
     * starts only when the file's schema is behind this build (issue 19).
     */
    public static Database openExisting(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw DatabaseOpenException.missing(absolute);
        }
        if (sizeOf(absolute) == 0) {
            throw DatabaseOpenException.empty(absolute);
        }
        return openChecked(absolute);
    }

    private static Database openChecked(Path absolute) {
        refuseIfNotSqlite(absolute);
        if (sizeOf(absolute) <= QUICK_CHECK_LIMIT) {
            refuseIfDamaged(absolute);
        }
        // Larger files (the 1M-row benchmark's 830 MB; no office's ledger comes near) are not read end to end
        // on every command: their schema and history are parsed below, the full integrity_check runs in `check`
        // and on every backup's copy, and SQLITE_CORRUPT met later is damage (docs/data-and-backups.md).
        Optional<List<String>> applied = appliedVersions(absolute);
        if (applied.isPresent() && upToDate(absolute, applied.get())) {
            return pooled(absolute, dataSource(absolute), null);
        }
        return migrateAndOpen(absolute, true);
    }

    private static Database migrateAndOpen(Path absolute, boolean existed) {
        SQLiteDataSource source = dataSource(absolute);
        Flyway flyway = Flyway.configure()
                .dataSource(source)
                .locations(MIGRATIONS)
                .loggers("slf4j")
                .load();
        Path backup = null;
        if (existed) {
            MigrationInfoService info = readMigrationHistory(absolute, flyway);
            refuseIfTooNew(absolute, info);
            if (info.pending().length > 0) {
                backup = backupBeforeMigration(absolute, info);
            }
        }
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            if (sqliteSaysCorrupt(e)) {
                throw DatabaseOpenException.damaged(absolute, rootMessage(e), e);
            }
            StorageProblem.of(e, absolute).ifPresent(p -> {
                throw DatabaseOpenException.storage(absolute, p, e);
            });
            throw DatabaseOpenException.migrationFailed(absolute, backup, e);
        }
        return pooled(absolute, source, backup);
    }

    private static Database pooled(Path absolute, SQLiteDataSource source, Path backup) {
        try {
            return new Database(absolute, new ConnectionPool(source, POOL_SIZE), backup);
        } catch (SQLException e) {
            throw StorageProblem.of(e, absolute).map(p -> DatabaseOpenException.storage(absolute, p, e))
                    .orElseGet(() -> DatabaseOpenException.cannotCreate(absolute, e));
        }
    }

    /** The newest schema version this build of the app knows (from the migration files' names). */
    public static String latestSchemaVersion() {
        return MigrationVersions.shipped().last().text();
    }

    /** Orders two schema versions as Flyway does ("9" before "10", "10" before "10.1"). */
    public static int compareSchemaVersions(String a, String b) {
        return MigrationVersions.Version.of(a).compareTo(MigrationVersions.Version.of(b));
    }

    public Path file() {
        return file;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The copy made before the migration that ran when this file was opened, if one ran. */
    public Optional<Path> migrationBackup() {
        return Optional.ofNullable(migrationBackup);
    }

    /** The newest migration applied to this file, as Flyway numbers it ("10.1" after "10"). */
    public String schemaVersion() {
        return dsl.fetch("select version from flyway_schema_history where success = 1 and version is not null")
                .getValues(0, String.class).stream().map(MigrationVersions.Version::of)
                .max(MigrationVersions.Version::compareTo).map(MigrationVersions.Version::text).orElse("0");
    }

    /**
     * Runs {@code work} in one transaction. When another program holds the write lock past the busy timeout,
     * or committed under this transaction's snapshot, the whole transaction is retried a few times before the
     * clerk hears about it (issue 14, item 9); a nested call joins its caller's transaction and is not retried.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        int[] depth = transactionDepth.get();
        if (depth[0] > 0) {
            return dsl.transactionResult(work::get);
        }
        for (int attempt = 1; ; attempt++) {
            depth[0]++;
            try {
                return dsl.transactionResult(work::get);
            } catch (RuntimeException e) {
                Optional<StorageProblem> problem = StorageProblem.of(e, file);
                if (problem.isEmpty()) {
                    throw e;
                }
                if (problem.get() != StorageProblem.BUSY || attempt >= BUSY_ATTEMPTS) {
                    throw e instanceof StorageException ? e : new StorageException(problem.get(), file, e);
                }
                LOG.log(Level.INFO, "Database busy, retrying the transaction (attempt " + (attempt + 1) + ")", e);
                pause(attempt);
            } finally {
                depth[0]--;
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code PRAGMA integrity_check}: "ok" or the first problems found. */
    public List<String> integrityCheck() {
        return dsl.fetch("PRAGMA integrity_check").getValues(0, String.class);
    }

    /** Rows that point at a row that does not exist: "table → parent (rowid n)". */
    public List<String> foreignKeyCheck() {
        List<String> problems = new ArrayList<>();
        dsl.fetch("PRAGMA foreign_key_check").forEach(r -> problems.add(
                r.get(0, String.class) + " → " + r.get(2, String.class) + "（行 " + r.get(1) + "）"));
        return problems;
    }

    /** Row count of every table the app owns, by name, in name order. */
    public Map<String, Integer> tableCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> tables = dsl.fetch("SELECT name FROM sqlite_schema WHERE type = 'table' "
                        + "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name")
                .getValues(0, String.class);
        for (String table : tables) {
            counts.put(table, dsl.fetchCount(DSL.table(DSL.name(table))));
        }
        return counts;
    }

    /** A consistent copy of the live database, made with SQLite's online backup. */
    public void backupTo(Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            dsl.connection(c -> onlineBackup(c, target));
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.CANNOT_CREATE, target,
                    "无法写入备份文件“" + target + "”：请检查文件夹是否存在、是否有写入权限、磁盘是否已满。", e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }

    private static SQLiteDataSource readOnlySource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }

    private static void onlineBackup(Connection connection, Path target) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("backup to '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw DatabaseOpenException.cannotCreate(file, e);
        }
    }

    private static void createParentFolder(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw DatabaseOpenException.cannotCreate(file, e);
        }
    }

    private static void refuseIfNotSqlite(Path file) {
        byte[] header = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(header, 0, header.length);
            if (read < header.length || !Arrays.equals(header, SQLITE_MAGIC)) {
                throw DatabaseOpenException.notSqlite(file);
            }
        } catch (IOException e) {
            throw DatabaseOpenException.cannotCreate(file, e);
        }
    }

    /**
     * {@code PRAGMA quick_check} (the full {@code integrity_check} is {@link #integrityCheck}, run by {@code check}
     * and after every backup): the same refusal of a damaged file at a fraction of the cost on a large one.
     * A file SQLite cannot open because of the disk (busy, read-only, full) is not damaged and is not called so.
     */
    private static void refuseIfDamaged(Path file) {
        try (Connection c = readOnlySource(file).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
            if (!(lines.size() == 1 && "ok".equals(lines.get(0)))) {
                throw DatabaseOpenException.damaged(file, String.join("; ", lines.subList(0, Math.min(3, lines.size()))), null);
            }
        } catch (SQLException e) {
            Optional<StorageProblem> storage = StorageProblem.of(e, file);
            if (storage.isPresent() && !sqliteSaysCorrupt(e)) {
                throw DatabaseOpenException.storage(file, storage.get(), e);
            }
            throw DatabaseOpenException.damaged(file, e.getMessage(), e);
        }
    }

    /**
     * The versions in the file's flyway_schema_history, read with a plain read-only connection; empty when the
     * table is missing (a foreign SQLite file, left to Flyway to judge as before). A schema SQLite cannot parse
     * fails here: damaged, as {@link #readMigrationHistory} says.
     */
    private static Optional<List<String>> appliedVersions(Path file) {
        try (Connection c = readOnlySource(file).getConnection(); Statement s = c.createStatement()) {
            try (ResultSet t = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!t.next() || t.getInt(1) == 0) {
                    return Optional.empty();
                }
            }
            List<String> versions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
                while (rs.next()) {
                    if (rs.getInt(2) != 1) {
                        return Optional.empty();   // a failed migration: Flyway reports it as before
                    }
                    versions.add(rs.getString(1));
                }
            }
            return Optional.of(versions);
        } catch (SQLException e) {
            Optional<StorageProblem> storage = StorageProblem.of(e, file);
            if (storage.isPresent() && !sqliteSaysCorrupt(e)) {
                throw DatabaseOpenException.storage(file, storage.get(), e);
            }
            throw DatabaseOpenException.damaged(file, rootMessage(e), e);
        }
    }

    /** True when the file holds exactly this build's migrations; refuses a file from a newer app. */
    private static boolean upToDate(Path file, List<String> applied) {
        java.util.TreeSet<MigrationVersions.Version> shipped = MigrationVersions.shipped();
        java.util.TreeSet<MigrationVersions.Version> inFile = new java.util.TreeSet<>();
        applied.forEach(v -> inFile.add(MigrationVersions.Version.of(v)));
        if (!inFile.isEmpty() && inFile.last().compareTo(shipped.last()) > 0) {
            throw DatabaseOpenException.tooNew(file, inFile.last().text());
        }
        return inFile.equals(shipped);
    }

    /**
     * Reading the history is the first time the file's schema is parsed by a normal connection: a file that
     * passes integrity_check yet has a schema SQLite cannot parse (a garbled CHECK constraint) fails here, before
     * anything was written — it is a damaged file, not an unexpected error.
     */
    private static MigrationInfoService readMigrationHistory(Path file, Flyway flyway) {
        try {
            return flyway.info();
        } catch (RuntimeException e) {
            throw DatabaseOpenException.damaged(file, rootMessage(e), e);
        }
    }

    /** SQLITE_CORRUPT (11) or SQLITE_NOTADB (26) anywhere in the causes. */
    private static boolean sqliteSaysCorrupt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                int code = ((SQLException) t).getErrorCode();
                if (code == 11 || code == 26) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    private static void refuseIfTooNew(Path file, MigrationInfoService info) {
        for (MigrationInfo m : info.applied()) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                throw DatabaseOpenException.tooNew(file, m.getVersion().getVersion());
            }
        }
    }

    /**
     * Copies the file before a migration. When a migration keeps failing, every attempt to open would add another
     * full copy (an 871 MB file gave six in six attempts): the newest copy of the same file at the same schema
     * version is reused when the file has not changed since it was made — same size and modification time, which
     * the copy is given from the file — and the failure message names that copy.
     */
    private static Path backupBeforeMigration(Path file, MigrationInfoService info) {
        String from = info.current() == null ? "0" : info.current().getVersion().getVersion();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String name = file.getFileName().toString().replaceFirst("\\.db$", "");
        String prefix = name + "-before-migration-v" + from + "-";
        Path folder = file.resolveSibling("backups");
        Optional<Path> unchanged = unchangedCopy(file, folder, prefix);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        Path backup = folder.resolve(prefix + stamp + ".db");
        for (int n = 2; Files.exists(backup); n++) {
            backup = folder.resolve(prefix + stamp + "-" + n + ".db");
        }
        try {
            Files.createDirectories(backup.getParent());
            FileTime modified = Files.getLastModifiedTime(file);
            try (Connection c = readOnlySource(file).getConnection()) {
                onlineBackup(c, backup);
            }
            Files.setLastModifiedTime(backup, modified);
            return backup;
        } catch (IOException | SQLException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.CANNOT_CREATE, file,
                    "升级数据库前无法备份到“" + backup + "”，因此没有升级。请检查磁盘空间和写入权限。", e);
        }
    }

    /** The newest earlier copy named {@code prefix…} whose size and modification time equal the file's, if any. */
    private static Optional<Path> unchangedCopy(Path file, Path folder, String prefix) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            long size = Files.size(file);
            FileTime modified = Files.getLastModifiedTime(file);
            Optional<Path> newest = entries
                    .filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".db"))
                    .max(Comparator.comparing((Path p) -> p.getFileName().toString()));
            if (newest.isPresent() && Files.size(newest.get()) == size
                    && Files.getLastModifiedTime(newest.get()).toMillis() == modified.toMillis()) {
                return newest;
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
