// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Issue 14, items 9 and 10: the disk's problems get their own words, and are never called damage. */
class StorageProblemTest {

    @TempDir
    Path dir;

    private Optional<StorageProblem> of(SQLiteErrorCode code) {
        Exception wrapped = new DataAccessException("SQL failed", new SQLiteException("[" + code.name() + "] " + code.message, code));
        return StorageProblem.of(wrapped, dir.resolve("desk.db"));
    }

    @Test
    void each_cause_has_its_own_problem() {
        assertEquals(Optional.of(StorageProblem.BUSY), of(SQLiteErrorCode.SQLITE_BUSY));
        assertEquals(Optional.of(StorageProblem.BUSY), of(SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT));
        assertEquals(Optional.of(StorageProblem.DISK_FULL), of(SQLiteErrorCode.SQLITE_FULL));
        assertEquals(Optional.of(StorageProblem.READ_ONLY_FILE), of(SQLiteErrorCode.SQLITE_READONLY));
        assertEquals(Optional.of(StorageProblem.READ_ONLY_FOLDER), of(SQLiteErrorCode.SQLITE_READONLY_DIRECTORY));
        assertEquals(Optional.of(StorageProblem.READ_ONLY_FOLDER), of(SQLiteErrorCode.SQLITE_CANTOPEN));
        assertEquals(Optional.empty(), of(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK));
        assertEquals(Optional.empty(), of(SQLiteErrorCode.SQLITE_CORRUPT));
        assertEquals(Optional.of(StorageProblem.DISK_FULL),
                StorageProblem.of(new IOException("No space left on device"), dir.resolve("desk.db")));
        // What sqlite-jdbc throws when it cannot put its library into the temp folder (seen with -Dorg.sqlite.tmpdir
        // pointing nowhere): the machine's problem, not a damaged file.
        assertEquals(Optional.of(StorageProblem.NO_SQLITE_LIBRARY), StorageProblem.of(new SQLException("Error opening connection",
                new org.sqlite.NativeLibraryNotFoundException("No native library found for os.name=Windows")), dir.resolve("desk.db")));
    }

    @Test
    void the_messages_differ_and_say_what_to_do_without_calling_the_file_damaged() {
        Path file = dir.resolve("desk.db");
        assertTrue(StorageProblem.BUSY.message(file).contains("稍等片刻再试"));
        assertTrue(StorageProblem.READ_ONLY_FILE.message(file).contains("只读"));
        assertTrue(StorageProblem.READ_ONLY_FOLDER.message(file).contains("复制到可写的文件夹"));
        assertTrue(StorageProblem.DISK_FULL.message(file).contains("腾出空间"));
        assertTrue(StorageProblem.NO_SQLITE_LIBRARY.message(file).contains("请使用安装包"));
        for (StorageProblem p : StorageProblem.values()) {
            assertFalse(p.message(file).contains("已损坏"), p.name());
            for (StorageProblem q : StorageProblem.values()) {
                if (p != q) {
                    assertNotEquals(p.message(file), q.message(file));
                }
            }
        }
    }

    @Test
    void a_sound_file_another_program_holds_locked_is_busy_not_damaged() throws Exception {
        Path file = dir.resolve("desk.db");
        Database.open(file).close();
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(0);
        SQLiteDataSource other = new SQLiteDataSource(config);
        other.setUrl("jdbc:sqlite:" + file);
        try (Connection c = other.getConnection(); Statement s = c.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.executeUpdate("INSERT INTO unit (name, created_at) VALUES ('另一个程序', '2025-01-01T00:00:00')");

            DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.openExisting(file));

            assertEquals(DatabaseOpenException.Problem.STORAGE, e.problem());
            assertTrue(e.getMessage().contains("正被另一个程序写入"), e.getMessage());
            s.execute("ROLLBACK");
        }
        try (Database db = Database.openExisting(file)) {
            assertEquals(java.util.List.of("ok"), db.integrityCheck());
        }
    }

    @Test
    void a_write_the_disk_refuses_surfaces_as_a_storage_exception_naming_the_file() throws Exception {
        Path file = dir.resolve("desk.db");
        try (Database db = Database.open(file)) {
            SQLiteConfig config = new SQLiteConfig();
            SQLiteDataSource other = new SQLiteDataSource(config);
            other.setUrl("jdbc:sqlite:" + file);
            try (Connection c = other.getConnection(); Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                long start = System.nanoTime();
                StorageException e = assertThrows(StorageException.class, () -> db.inTransaction(() ->
                        db.dsl().execute("INSERT INTO unit (name, created_at) VALUES ('办公室', '2025-01-01T00:00:00')")));
                assertEquals(StorageProblem.BUSY, e.problem());
                assertEquals(file.toAbsolutePath(), e.file());
                assertTrue((System.nanoTime() - start) / 1e9 > 10, "retried after the busy timeout, not given up at once");
                s.execute("ROLLBACK");
            }
        }
    }

    @Test
    void an_up_to_date_file_opens_without_starting_flyway() throws IOException {
        Path file = dir.resolve("desk.db");
        Database.open(file).close();
        long before = Files.getLastModifiedTime(file).toMillis();
        try (Database db = Database.openExisting(file)) {
            assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
        }
        assertFalse(Files.exists(dir.resolve("backups")), "no migration, so no before-migration copy");
        assertTrue(Files.getLastModifiedTime(file).toMillis() >= before);
    }
}
