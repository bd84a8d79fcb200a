// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
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

    private final Path file;
    private final ConnectionPool pool;
    private final DSLContext dsl;
    private final Path migrationBackup;

    private Database(Path file, ConnectionPool pool, Path migrationBackup) {
        this.file = file;
        this.pool = pool;
        this.migrationBackup = migrationBackup;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(SQLDialect.SQLITE);
        configuration.set(new ThreadLocalTransactionProvider(pool));
        configuration.set(new Settings().withExecuteLogging(false).withRenderSchema(false));
        this.dsl = DSL.using(configuration);
    }

    /** Opens (creating if missing) and migrates the database file. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        boolean existed = Files.exists(absolute) && sizeOf(absolute) > 0;
        if (existed) {
            refuseIfNotSqlite(absolute);
            refuseIfDamaged(absolute);
        } else {
            createParentFolder(absolute);
        }
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
            throw DatabaseOpenException.migrationFailed(absolute, backup, e);
        }
        try {
            return new Database(absolute, new ConnectionPool(source, POOL_SIZE), backup);
        } catch (SQLException e) {
            throw DatabaseOpenException.cannotCreate(absolute, e);
        }
    }

    /** The newest schema version this build of the app knows. */
    public static String latestSchemaVersion() {
        MigrationInfo[] all = Flyway.configure()
                .dataSource(dataSource(Path.of(":memory:")))
                .locations(MIGRATIONS)
                .loggers("slf4j")
                .load()
                .info()
                .all();
        return all[all.length - 1].getVersion().getVersion();
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

    public String schemaVersion() {
        return dsl.fetchValue("select max(cast(version as integer)) from flyway_schema_history where success = 1")
                .toString();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
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

    private static void refuseIfDamaged(Path file) {
        try (Connection c = readOnlySource(file).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
            if (!(lines.size() == 1 && "ok".equals(lines.get(0)))) {
                throw DatabaseOpenException.damaged(file, String.join("; ", lines.subList(0, Math.min(3, lines.size()))), null);
            }
        } catch (SQLException e) {
            throw DatabaseOpenException.damaged(file, e.getMessage(), e);
        }
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

    private static Path backupBeforeMigration(Path file, MigrationInfoService info) {
        String from = info.current() == null ? "0" : info.current().getVersion().getVersion();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String name = file.getFileName().toString().replaceFirst("\\.db$", "");
        Path backup = file.resolveSibling("backups").resolve(name + "-before-migration-v" + from + "-" + stamp + ".db");
        try {
            Files.createDirectories(backup.getParent());
            try (Connection c = readOnlySource(file).getConnection()) {
                onlineBackup(c, backup);
            }
            return backup;
        } catch (IOException | SQLException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.CANNOT_CREATE, file,
                    "升级数据库前无法备份到“" + backup + "”，因此没有升级。请检查磁盘空间和写入权限。", e);
        }
    }
}
