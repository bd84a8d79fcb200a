// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.db.Database;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteDataSource;

/** Test fixtures: database files with rows, damaged files, files from older and newer schemas. */
public final class DatabaseFiles {

    private DatabaseFiles() {
    }

    public static void addUnits(Database db, String... names) {
        for (String name : names) {
            db.dsl().execute("INSERT INTO unit (name, created_at) VALUES (?, '2025-01-01T00:00:00')", name);
        }
    }

    /** Sets the office name in the database's settings (机关设置), as the first start does. */
    public static void setOffice(Database db, String officeName) {
        db.dsl().execute("INSERT INTO org_settings (id, office_name, updated_at) VALUES (1, ?, '2025-01-01T00:00:00')"
                + " ON CONFLICT (id) DO UPDATE SET office_name = excluded.office_name", officeName);
    }

    public static String officeName(Database db) {
        return db.dsl().fetchValue("SELECT office_name FROM org_settings WHERE id = 1").toString();
    }

    public static List<String> unitNames(Database db) {
        return db.dsl().fetch("SELECT name FROM unit ORDER BY id").getValues(0, String.class);
    }

    /** Overwrites every other page after the first with text, as a failing disk or a bad copy would. */
    public static void corruptPages(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long pageSize = 4096;
            for (long page = 2; page * pageSize < raf.length(); page += 2) {
                raf.seek(page * pageSize + 8);
                raf.write("垃圾数据覆盖了这一页".repeat(20).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** A closed, checkpointed database with {@code units} rows, then damaged; nothing beside it but the file. */
    public static Path damagedDatabase(Path file, int units) throws IOException {
        try (Database db = Database.open(file)) {
            for (int i = 0; i < units; i++) {
                addUnits(db, "科室" + i);
            }
            db.dsl().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
        corruptPages(file);
        return file;
    }

    /** A database at schema version 1 only, as an older version of the app wrote it. */
    public static Path schemaV1Database(Path file, String unitName) {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("1").load().migrate();
        org.jooq.impl.DSL.using(source, org.jooq.SQLDialect.SQLITE).execute(
                "INSERT INTO unit (name, created_at) VALUES (?, '2024-01-01T00:00:00')", unitName);
        return file;
    }

    /** A database that claims a schema version from a future app. */
    public static Path newerAppDatabase(Path file) {
        Database.open(file).close();
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        org.jooq.impl.DSL.using(source, org.jooq.SQLDialect.SQLITE).execute(
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'x', 0, 1)");
        return file;
    }
}
