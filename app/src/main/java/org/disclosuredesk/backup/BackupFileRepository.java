// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import org.disclosuredesk.db.Database;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * SQL on database files other than the live one: backups to list, check and restore from. Reading
 * opens the file as {@code immutable}, so SQLite writes nothing — not even the {@code -wal}/{@code -shm}
 * files a read-only open of a WAL file would leave beside a backup on a USB stick.
 */
public final class BackupFileRepository {

    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** Checks {@code file} without changing it. {@code full}: integrity_check, else the faster quick_check. */
    public BackupContents inspect(Path file, boolean full) {
        if (!Files.isRegularFile(file)) {
            return new BackupContents(List.of("文件不存在"), "", Map.of());
        }
        if (!hasSqliteHeader(file)) {
            return new BackupContents(List.of("不是 SQLite 数据库文件"), "", Map.of());
        }
        try (Connection c = DriverManager.getConnection(immutableUrl(file), readOnly());
                Statement s = c.createStatement()) {
            List<String> check = lines(s, full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
            if (!check.equals(List.of("ok"))) {
                return new BackupContents(List.of("完整性检查未通过：" + String.join("；", check.subList(0, Math.min(3, check.size())))),
                        "", Map.of());
            }
            List<String> tables = lines(s, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    + " AND name NOT LIKE '%_fts%' ORDER BY name");
            if (!tables.contains("flyway_schema_history") || !tables.contains("org_settings")) {
                return new BackupContents(List.of("不是本软件的数据库"), "", Map.of());
            }
            if (full) {
                List<String> orphans = lines(s, "SELECT \"table\" || ' → ' || parent FROM pragma_foreign_key_check");
                if (!orphans.isEmpty()) {
                    return new BackupContents(List.of("外键检查未通过：" + String.join("；", orphans.subList(0, Math.min(3, orphans.size())))),
                            "", Map.of());
                }
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String table : tables) {
                counts.put(table, Integer.parseInt(lines(s, "SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"").get(0)));
            }
            String version = lines(s, "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL").stream()
                    .max(Database::compareSchemaVersions).orElse("0");
            String office = lines(s, "SELECT office_name FROM org_settings WHERE id = 1").stream().findFirst().orElse("");
            return new BackupContents(List.of(), version, counts, office);
        } catch (SQLException e) {
            int primaryCode = e.getErrorCode() & 0xff;
            String problem = primaryCode == SQLITE_CORRUPT || primaryCode == SQLITE_NOTADB
                    ? "完整性检查未通过：文件已损坏（" + e.getMessage() + "）"
                    : "无法读取：" + e.getMessage();
            return new BackupContents(List.of(problem), "", Map.of());
        }
    }

    /**
     * Makes a freshly written copy self-contained (rollback journal instead of WAL, so opening it later
     * leaves no side files) and returns SQLite's integrity check of it: {@code [ok]} when it is sound.
     */
    public List<String> sealCopy(Path copy) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
                Statement s = c.createStatement()) {
            lines(s, "PRAGMA journal_mode = DELETE");
            return lines(s, "PRAGMA integrity_check");
        } catch (SQLException e) {
            return List.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    public int pageSize(Path file) {
        try (Connection c = DriverManager.getConnection(immutableUrl(file), readOnly());
                Statement s = c.createStatement()) {
            return Integer.parseInt(lines(s, "PRAGMA page_size").get(0));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the page size of " + file, e);
        }
    }

    /** Rewrites a private working copy with another page size: SQLite restores only between equal page sizes in WAL mode. */
    public void changePageSize(Path workingCopy, int pageSize) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workingCopy);
                Statement s = c.createStatement()) {
            lines(s, "PRAGMA journal_mode = DELETE");
            s.executeUpdate("PRAGMA page_size = " + pageSize);
            s.executeUpdate("VACUUM");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the page size of " + workingCopy, e);
        }
    }

    static boolean hasSqliteHeader(Path file) {
        byte[] header = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(header, 0, header.length) == header.length && Arrays.equals(header, SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code file:} URI with {@code immutable=1}; a UNC path (URI with a host) falls back to a plain read-only open. */
    static String immutableUrl(Path file) {
        URI uri = file.toAbsolutePath().toUri();
        if (uri.getRawAuthority() != null) {
            return "jdbc:sqlite:" + file.toAbsolutePath();
        }
        return "jdbc:sqlite:file:" + uri.getRawPath() + "?immutable=1";
    }

    private static java.util.Properties readOnly() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.toProperties();
    }

    private static List<String> lines(Statement s, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }
}
