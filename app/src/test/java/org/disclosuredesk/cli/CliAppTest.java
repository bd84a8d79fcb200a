// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosuredesk.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliAppTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliApp.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void init_creates_the_database_and_prints_its_schema_version() {
        Path db = dir.resolve("desk.db");
        assertEquals(0, run("--db", db.toString(), "init", "--json"));
        assertTrue(Files.exists(db));
        assertTrue(out.toString().contains("\"schema_version\" : \"" + Database.latestSchemaVersion() + "\""), out.toString());
    }

    @Test
    void a_file_that_is_not_a_database_is_a_user_error_with_one_line() throws Exception {
        Path notDb = dir.resolve("report.docx");
        Files.writeString(notDb, "PK not a database");
        assertEquals(1, run("--db", notDb.toString(), "init"));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("不是本软件的数据库"));
    }

    @Test
    void unknown_commands_are_usage_errors() {
        assertEquals(2, run("frobnicate"));
    }

    @Test
    void version_names_the_schema() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("数据库结构版本 " + Database.latestSchemaVersion()));
    }

    @Test
    void demo_fills_the_office_and_reports_table_counts_as_json() {
        Path db = dir.resolve("demo.db");
        assertEquals(0, run("--db", db.toString(), "init"));
        assertEquals(0, run("--db", db.toString(), "demo", "--year", "2025", "--json"));
        assertTrue(out.toString().contains("\"org_settings\" : 1"), out.toString());
    }

    @Test
    void demo_refuses_an_impossible_year() {
        assertEquals(1, run("--db", dir.resolve("x.db").toString(), "demo", "--year", "1800"));
        assertTrue(err.toString().contains("年度应在"));
    }

    // Issue 14, item 11: only init creates a database.
    @Test
    void check_of_a_missing_database_creates_neither_the_folder_nor_the_file() {
        Path db = dir.resolve("new").resolve("dir").resolve("x.db");
        assertEquals(1, run("--db", db.toString(), "check"));
        assertTrue(err.toString().contains("没有找到数据库文件") && err.toString().contains("init"), err.toString());
        assertTrue(Files.notExists(dir.resolve("new")), "no folder created");
    }

    @Test
    void an_empty_database_file_is_refused_not_made_a_new_office() throws Exception {
        Path db = dir.resolve("desk.db");
        Files.createFile(db);
        assertEquals(1, run("--db", db.toString(), "requests", "list", "--year", "2025"));
        assertTrue(err.toString().contains("0 字节"), err.toString());
        assertEquals(0, Files.size(db), "left as it was");
        assertTrue(Files.readString(dir.resolve("logs").resolve("desk0.log")).contains("0 字节"), "the failure is in the log file too");
    }

    @Test
    void demo_refuses_a_database_that_holds_an_office_s_records() {
        Path db = dir.resolve("desk.db");
        try (Database d = Database.open(db)) {
            d.dsl().execute("INSERT INTO unit (name, created_at) VALUES ('办公室', '2025-01-01T00:00:00')");
        }
        assertEquals(1, run("--db", db.toString(), "demo", "--year", "2025"));
        assertTrue(err.toString().contains("已有本单位的数据"), err.toString());
    }

    // Issue 19: --version and --help open nothing.
    @Test
    void version_and_help_open_no_database() {
        Path db = dir.resolve("never.db");
        assertEquals(0, run("--db", db.toString(), "--version"));
        assertEquals(0, run("--db", db.toString(), "--help"));
        assertTrue(Files.notExists(db));
    }
}
