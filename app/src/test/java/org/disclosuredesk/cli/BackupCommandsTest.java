// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.disclosuredesk.backup.DatabaseFiles;
import org.disclosuredesk.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of backup, restore and check, through the command line as a script would use it. */
class BackupCommandsTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CliApp.run(new PrintWriter(out, true), new PrintWriter(err, true), CreatedDatabase.in(args));
    }

    private JsonNode json() throws Exception {
        return Commands.json().readTree(out.toString());
    }

    private Path databaseWithUnits(String... names) {
        Path db = dir.resolve("desk.db");
        try (Database d = Database.open(db)) {
            DatabaseFiles.addUnits(d, names);
        }
        return db;
    }

    @Test
    void backup_writes_a_verified_copy_and_reports_its_tables() throws Exception {
        Path db = databaseWithUnits("办公室", "政务公开科");
        Path copy = dir.resolve("U 盘").resolve("desk-2026-01-31.db");

        assertEquals(0, run("--db", db.toString(), "backup", "--out", copy.toString(), "--json"), err.toString());

        assertTrue(Files.exists(copy));
        assertEquals(copy.toString(), json().get("file").asText());
        assertEquals(2, json().get("tables").get("unit").asInt());
    }

    @Test
    void backup_to_a_folder_name_ending_in_a_slash_writes_a_dated_file_inside_it_even_if_it_is_new() throws Exception {
        Path db = databaseWithUnits("办公室");
        Path folder = dir.resolve("新U盘");

        assertEquals(0, run("--db", db.toString(), "backup", "--out", folder + java.io.File.separator, "--json"), err.toString());

        assertTrue(Files.isDirectory(folder), "the folder was made, not a file of its name");
        Path made = Path.of(json().get("file").asText());
        assertEquals(folder, made.getParent());
        assertTrue(made.getFileName().toString().matches(".+-\\d{8}-\\d{6}\\.db"), made.toString());
        assertEquals(1, json().get("tables").get("unit").asInt());
    }

    @Test
    void backup_does_not_overwrite_a_file_unless_asked() throws Exception {
        Path db = databaseWithUnits("办公室");
        Path copy = dir.resolve("copy.db");
        Files.writeString(copy, "别的文件");

        assertEquals(1, run("--db", db.toString(), "backup", "--out", copy.toString()));
        assertTrue(err.toString().contains("已存在"), err.toString());
        assertEquals("别的文件", Files.readString(copy));

        assertEquals(0, run("--db", db.toString(), "backup", "--out", copy.toString(), "--overwrite"));
        assertTrue(out.toString().contains("已备份到"), out.toString());
    }

    @Test
    void check_gives_a_demo_database_a_clean_bill_of_health() throws Exception {
        Path db = dir.resolve("demo.db");
        assertEquals(0, run("--db", db.toString(), "demo", "--year", "2025"));

        assertEquals(0, run("--db", db.toString(), "check", "--json"), out.toString());

        JsonNode report = json();
        assertTrue(report.get("healthy").asBoolean());
        assertEquals("ok", report.get("integrity_check").get(0).asText());
        assertEquals(0, report.get("foreign_key_check").size());
        assertEquals(1, report.get("tables").get("org_settings").asInt());
        assertTrue(report.get("tables").has("request"));
        assertEquals(Database.latestSchemaVersion(), report.get("schema_version").asText());
    }

    @Test
    void check_exits_1_when_a_row_points_at_nothing() {
        Path db = dir.resolve("desk.db");
        try (Database d = Database.open(db)) {
            d.dsl().connection(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA foreign_keys = OFF");
                    s.executeUpdate("INSERT INTO unit_alias (unit_id, alias) VALUES (42, '孤儿')");
                    s.execute("PRAGMA foreign_keys = ON");
                }
            });
        }
        assertEquals(1, run("--db", db.toString(), "check"));
        assertTrue(out.toString().contains("外键检查：未通过"), out.toString());
        assertTrue(out.toString().contains("结论：数据库有问题"), out.toString());
    }

    @Test
    void check_of_a_damaged_file_names_the_newest_sound_backup() throws Exception {
        Path db = databaseWithUnits("办公室");
        Files.createDirectories(dir.resolve("backups"));
        assertEquals(0, run("--db", db.toString(), "backup", "--out", dir.resolve("backups").toString()));
        DatabaseFiles.damagedDatabase(db, 300);

        assertEquals(1, run("--db", db.toString(), "check", "--json"));

        JsonNode report = json();
        assertFalse(report.get("healthy").asBoolean());
        assertTrue(report.get("integrity_check").get(0).asText().contains("已损坏"));
        assertEquals(1, report.get("recovery_offer").get("tables").get("unit").asInt());
    }

    @Test
    void opening_a_file_whose_schema_sqlite_cannot_parse_says_it_is_damaged_and_changes_nothing() throws Exception {
        Path db = dir.resolve("garbled.db");
        try (java.io.InputStream in = getClass().getResourceAsStream("/hostile/garbled-check-constraint.db")) {
            Files.copy(in, db);
        }
        byte[] before = Files.readAllBytes(db);

        assertEquals(1, run("--db", db.toString(), "init"));

        assertTrue(err.toString().contains("已损坏"), err.toString());
        assertFalse(err.toString().contains("意外错误"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(db));
        assertFalse(Files.exists(dir.resolve("garbled.db-wal")) && Files.size(dir.resolve("garbled.db-wal")) > 0);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"garbled-check-constraint.db", "unknown-function-in-schema.db"})
    void check_of_a_file_whose_schema_sqlite_cannot_use_is_a_finding_not_an_unexpected_error(String name) throws Exception {
        Path db = dir.resolve(name);
        try (java.io.InputStream in = getClass().getResourceAsStream("/hostile/" + name)) {
            Files.copy(in, db);
        }

        assertEquals(1, run("--db", db.toString(), "check"));

        String said = out.toString() + err.toString();
        assertFalse(said.contains("意外错误"), said);
        assertFalse(said.isBlank());
    }

    @Test
    void restore_replaces_the_data_and_keeps_what_it_replaced() throws Exception {
        Path db = databaseWithUnits("办公室");
        Path copy = dir.resolve("copy.db");
        assertEquals(0, run("--db", db.toString(), "backup", "--out", copy.toString()));
        try (Database d = Database.open(db)) {
            DatabaseFiles.addUnits(d, "后来加的科室");
        }

        assertEquals(0, run("--db", db.toString(), "restore", copy.toString(), "--json"), err.toString());

        assertEquals(1, json().get("tables").get("unit").asInt());
        Path previous = Path.of(json().get("previous_data").asText());
        assertTrue(previous.getFileName().toString().startsWith("desk-before-restore-"), previous.toString());
        try (Database d = Database.open(db)) {
            assertEquals(java.util.List.of("办公室"), DatabaseFiles.unitNames(d));
        }
    }

    @Test
    void restore_refuses_another_offices_backup_naming_both_unless_other_office_is_given() throws Exception {
        Path db = databaseWithUnits("办公室");
        Path other = dir.resolve("教育局").resolve("desk.db");
        try (Database d = Database.open(db)) {
            DatabaseFiles.setOffice(d, "某县人民政府办公室");
        }
        try (Database d = Database.open(other)) {
            DatabaseFiles.setOffice(d, "某县教育局");
            DatabaseFiles.addUnits(d, "基础教育股", "职成教股");
        }
        Path copy = dir.resolve("教育局备份.db");
        assertEquals(0, run("--db", other.toString(), "backup", "--out", copy.toString()));

        assertEquals(1, run("--db", db.toString(), "restore", copy.toString()));
        String said = err.toString();
        assertTrue(said.contains("某县教育局") && said.contains("某县人民政府办公室") && said.contains("--other-office"), said);
        try (Database d = Database.open(db)) {
            assertEquals(java.util.List.of("办公室"), DatabaseFiles.unitNames(d));
            assertEquals("某县人民政府办公室", DatabaseFiles.officeName(d));
        }

        assertEquals(0, run("--db", db.toString(), "restore", copy.toString(), "--other-office"), err.toString());
        try (Database d = Database.open(db)) {
            assertEquals(java.util.List.of("基础教育股", "职成教股"), DatabaseFiles.unitNames(d));
            assertEquals("某县教育局", DatabaseFiles.officeName(d));
            String audit = d.dsl().fetchValue("SELECT group_concat(summary, '|') FROM audit_log").toString();
            assertTrue(audit.contains("其他单位“某县教育局”"), audit);
        }
    }

    @Test
    void restore_of_the_same_offices_backup_needs_no_flag() throws Exception {
        Path db = databaseWithUnits("办公室");
        try (Database d = Database.open(db)) {
            DatabaseFiles.setOffice(d, "某县人民政府办公室");
        }
        Path copy = dir.resolve("copy.db");
        assertEquals(0, run("--db", db.toString(), "backup", "--out", copy.toString()));

        assertEquals(0, run("--db", db.toString(), "restore", copy.toString()), err.toString());
    }

    @Test
    void restore_brings_back_a_damaged_database_and_keeps_the_damaged_file() throws Exception {
        Path db = databaseWithUnits("办公室", "政务公开科");
        Path copy = dir.resolve("copy.db");
        assertEquals(0, run("--db", db.toString(), "backup", "--out", copy.toString()));
        DatabaseFiles.damagedDatabase(db, 300);
        assertEquals(1, run("--db", db.toString(), "check"));

        assertEquals(0, run("--db", db.toString(), "restore", copy.toString()), err.toString());

        assertTrue(out.toString().contains("恢复前的数据保存在：" + dir.resolve("damaged")), out.toString());
        assertEquals(0, run("--db", db.toString(), "check", "--json"));
        assertEquals(2, json().get("tables").get("unit").asInt());
        assertEquals(1, json().get("tables").get("audit_log").asInt(), "the recovery itself is in the audit trail");
    }

    @Test
    void restore_of_something_that_is_not_a_backup_is_one_line_on_stderr() throws Exception {
        Path db = databaseWithUnits("办公室");
        Path docx = dir.resolve("年报.docx");
        Files.writeString(docx, "PK…");

        assertEquals(1, run("--db", db.toString(), "restore", docx.toString()));

        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("不是 SQLite 数据库文件"), err.toString());
    }
}
