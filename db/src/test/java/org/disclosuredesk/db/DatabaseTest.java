// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void creates_a_missing_file_in_a_missing_folder_with_wal_and_foreign_keys() {
        Path file = dir.resolve("新建 文件夹").resolve("desk.db");
        try (Database db = Database.open(file)) {
            assertTrue(Files.exists(file));
            assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
            assertEquals("wal", db.dsl().fetchValue("PRAGMA journal_mode"));
            assertEquals(1, ((Number) db.dsl().fetchValue("PRAGMA foreign_keys")).intValue());
            assertEquals(List.of("ok"), db.integrityCheck());
            assertTrue(db.tableCounts().containsKey("request"));
            assertTrue(db.migrationBackup().isEmpty(), "a new file needs no backup");
        }
    }

    @Test
    void migrating_a_previous_version_keeps_every_row_and_backs_the_file_up_first() throws Exception {
        Path file = dir.resolve("old.db");
        Flyway.configure().dataSource(Database.dataSource(file)).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = Database.dataSource(file).getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO org_settings (id, office_name, updated_at) VALUES (1, '示例县政府办', '2025-01-02T09:00:00')");
            s.executeUpdate("INSERT INTO request (reg_year, reg_seq, reg_number, applicant_kind, applicant_name, channel, submitted_on,"
                    + " received_on, content, created_at, updated_at) VALUES (2025, 1, '依申请〔2025〕第1号', '自然人', '张三', '当面',"
                    + " '2025-03-05', '2025-03-05', '某路段改造批复', '2025-03-05T10:00:00', '2025-03-05T10:00:00')");
        }

        try (Database db = Database.open(file)) {
            assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
            assertEquals("示例县政府办", db.dsl().fetchValue("SELECT office_name FROM org_settings"));
            assertEquals("张三", db.dsl().fetchValue("SELECT applicant_name FROM request"));
            Path backup = db.migrationBackup().orElseThrow();
            assertTrue(backup.getFileName().toString().startsWith("old-before-migration-v1-"), backup.toString());
            try (Database copy = Database.open(backup)) {
                assertEquals("张三", copy.dsl().fetchValue("SELECT applicant_name FROM request"));
            }
        }
    }

    @Test
    void a_migration_that_keeps_failing_makes_one_copy_and_each_retry_names_it() throws Exception {
        Path file = dir.resolve("stuck.db");
        Flyway.configure().dataSource(Database.dataSource(file)).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = Database.dataSource(file).getConnection(); Statement s = c.createStatement()) {
            // V2 creates this index: its migration fails on every open, and the file stays at V1.
            s.executeUpdate("CREATE INDEX document_written_on ON document (written_on)");
        }
        Path backups = dir.resolve("backups");

        List<String> messages = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));
            assertEquals(DatabaseOpenException.Problem.MIGRATION_FAILED, e.problem());
            messages.add(e.getMessage());
            Thread.sleep(1100);   // a copy's name carries the second it was made: each retry would get a new name
        }

        List<Path> copies;
        try (Stream<Path> entries = Files.list(backups)) {
            copies = entries.collect(Collectors.toList());
        }
        assertEquals(1, copies.size(), "one copy for three failed attempts: " + copies);
        Path copy = copies.get(0);
        assertTrue(copy.getFileName().toString().startsWith("stuck-before-migration-v1-"), copy.toString());
        for (String message : messages) {
            assertTrue(message.contains(copy.toString()), message);
        }

        // Once the file changes, the old copy no longer describes it: the next attempt copies again.
        try (Connection c = Database.dataSource(file).getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO org_settings (id, office_name, updated_at) VALUES (1, '示例县政府办', '2025-01-02T09:00:00')");
        }
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() + 2000));
        assertThrows(DatabaseOpenException.class, () -> Database.open(file));
        try (Stream<Path> entries = Files.list(backups)) {
            assertEquals(2, entries.count());
        }
    }

    @Test
    void refuses_a_file_that_is_not_sqlite_and_leaves_it_untouched() throws IOException {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "这是一份 Word 文档，不是数据库", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));

        assertEquals(DatabaseOpenException.Problem.NOT_SQLITE, e.problem());
        assertTrue(e.getMessage().contains("不是本软件的数据库"));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("notes.db"), namesIn(dir));
    }

    @Test
    void refuses_a_damaged_file_and_leaves_it_untouched() throws IOException {
        Path file = dir.resolve("damaged.db");
        try (Database db = Database.open(file)) {
            for (int i = 0; i < 300; i++) {
                db.dsl().execute("INSERT INTO unit (name, created_at) VALUES ('科室" + i + "', '2025-01-01T00:00:00')");
            }
            db.dsl().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        Files.deleteIfExists(dir.resolve("damaged.db-wal"));
        Files.deleteIfExists(dir.resolve("damaged.db-shm"));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long pageSize = 4096;
            for (long page = 2; page * pageSize < raf.length(); page += 2) {
                raf.seek(page * pageSize + 8);
                raf.write("垃圾数据覆盖了这一页".repeat(20).getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] before = Files.readAllBytes(file);

        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));

        assertEquals(DatabaseOpenException.Problem.DAMAGED, e.problem());
        assertTrue(e.getMessage().contains("已损坏"));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refuses_a_file_written_by_a_newer_app() throws Exception {
        Path file = dir.resolve("newer.db");
        Database.open(file).close();
        try (Connection c = Database.dataSource(file).getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'x', 0, 1)");
        }
        byte[] before = Files.readAllBytes(file);

        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));

        assertEquals(DatabaseOpenException.Problem.TOO_NEW, e.problem());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void the_schema_refuses_impossible_rows() {
        try (Database db = Database.open(dir.resolve("rules.db"))) {
            String insert = "INSERT INTO request (reg_year, reg_seq, reg_number, applicant_kind, applicant_name, channel,"
                    + " submitted_on, received_on, content, result_code, decided_on, created_at, updated_at) VALUES ";
            String ok = "(2025, 1, 'A1', 'NATURAL_PERSON', '张三', 'IN_PERSON', '2025-03-05', '2025-03-05', '内容', NULL, NULL, 'x', 'x')";
            db.dsl().execute(insert + ok);
            List<String> impossible = List.of(
                    "(2025, 2, 'A2', 'NATURAL_PERSON', '张三', 'IN_PERSON', '2025-02-30', '2025-03-05', '内容', NULL, NULL, 'x', 'x')",
                    "(2025, 3, 'A3', 'NATURAL_PERSON', '张三', 'IN_PERSON', '2025/03/05', '2025-03-05', '内容', NULL, NULL, 'x', 'x')",
                    "(2025, 4, 'A4', '自然人', '张三', 'IN_PERSON', '2025-03-05', '2025-03-05', '内容', NULL, NULL, 'x', 'x')",
                    "(2025, 5, 'A5', 'NATURAL_PERSON', '张三', 'IN_PERSON', '2025-03-06', '2025-03-05', '内容', NULL, NULL, 'x', 'x')",
                    "(2025, 6, 'A6', 'NATURAL_PERSON', '张三', 'IN_PERSON', '2025-03-05', '2025-03-05', '内容', '1', NULL, 'x', 'x')",
                    "(2025, 7, 'A7', 'NATURAL_PERSON', '张三', 'IN_PERSON', '2025-03-05', '2025-03-05', '内容', '9.9', '2025-03-06', 'x', 'x')",
                    "(2025, 1, 'A8', 'NATURAL_PERSON', '张三', 'IN_PERSON', '2025-03-05', '2025-03-05', '内容', NULL, NULL, 'x', 'x')");
            for (String row : impossible) {
                assertThrows(DataAccessException.class, () -> db.dsl().execute(insert + row), row);
            }
            assertThrows(DataAccessException.class, () -> db.dsl().execute(
                    "INSERT INTO request_event (request_id, kind, event_on, created_at) VALUES (999, 'DECISION', '2025-03-06', 'x')"));
            db.dsl().execute("INSERT INTO request_event (request_id, kind, event_on, extra_days, created_at) VALUES (1, 'EXTENSION', '2025-03-20', 20, 'x')");
            assertThrows(DataAccessException.class, () -> db.dsl().execute(
                    "INSERT INTO request_event (request_id, kind, event_on, extra_days, created_at) VALUES (1, 'EXTENSION', '2025-03-21', 5, 'x')"),
                    "a second extension");
        }
    }

    @Test
    void the_audit_log_cannot_be_rewritten() {
        try (Database db = Database.open(dir.resolve("audit.db"))) {
            db.dsl().execute("INSERT INTO audit_log (at, actor, entity, action) VALUES ('2025-01-01T00:00:00', '张三', 'request', 'CREATE')");
            assertThrows(DataAccessException.class, () -> db.dsl().execute("UPDATE audit_log SET actor = '李四'"));
            assertThrows(DataAccessException.class, () -> db.dsl().execute("DELETE FROM audit_log"));
        }
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        try (Database db = Database.open(dir.resolve("tx.db"))) {
            assertThrows(IllegalStateException.class, () -> db.inTransaction(() -> {
                db.dsl().execute("INSERT INTO unit (name, created_at) VALUES ('办公室', 'x')");
                throw new IllegalStateException("validation failed half-way");
            }));
            assertEquals(0, db.tableCounts().get("unit"));
        }
    }

    @Test
    void an_online_backup_is_a_complete_working_copy() throws SQLException {
        try (Database db = Database.open(dir.resolve("live.db"))) {
            db.dsl().execute("INSERT INTO unit (name, created_at) VALUES ('政策法规科', 'x')");
            Path copy = dir.resolve("U盘 备份").resolve("copy.db");
            db.backupTo(copy);
            try (Database restored = Database.open(copy)) {
                assertEquals(1, restored.tableCounts().get("unit"));
            }
        }
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
