// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import static org.disclosuredesk.backup.DatabaseFiles.addUnits;
import static org.disclosuredesk.backup.DatabaseFiles.unitNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2026-01-31T09:00:00");
    private AppContext context;
    private Database db;
    private BackupService backups;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("数据").resolve("desk.db"));
        context = new AppContext(db, clock);
        backups = context.backups();
        addUnits(db, "办公室", "政务公开科");
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void backs_up_at_most_once_a_day_while_running() {
        BackupFile first = backups.backupIfDue().orElseThrow();
        clock.set("2026-01-31T15:00:00");
        assertTrue(backups.backupIfDue().isEmpty(), "a second backup on the same day is not due");
        clock.set("2026-02-01T08:30:00");
        BackupFile next = backups.backupIfDue().orElseThrow();

        assertEquals(backups.folder().resolve("desk-auto-20260131-090000.db"), first.path());
        assertEquals("desk-auto-20260201-083000.db", next.fileName());
        assertEquals(BackupKind.AUTO, next.kind());
    }

    @Test
    void each_backup_is_a_sound_copy_of_the_data_that_opens_without_side_files() {
        BackupFile made = backups.onCleanExit();

        BackupContents contents = backups.inspect(made.path());
        assertTrue(contents.healthy(), contents.problems().toString());
        assertEquals(2, contents.count("unit"));
        assertEquals(db.schemaVersion(), contents.schemaVersion());
        assertEquals(List.of(made.fileName()), names(backups.folder()), "no -wal, -shm or temporary file beside it");
    }

    @Test
    void automatic_backups_rotate_but_other_backups_are_never_deleted() throws IOException {
        Path byHand = backups.backupNow(backups.folder()).path();
        Path beforeMigration = backups.folder().resolve("desk-before-migration-v1-20251101-100000.db");
        Files.copy(byHand, beforeMigration);
        for (LocalDate day = LocalDate.parse("2026-01-01"); !day.isAfter(LocalDate.parse("2026-01-30")); day = day.plusDays(1)) {
            clock.set(day + "T17:30:00");
            backups.onCleanExit();
        }

        List<String> autos = names(backups.folder()).stream().filter(n -> n.contains("-auto-")).collect(Collectors.toList());
        // daily 24–30 January; weekly the newest of ISO weeks 05 (30th), 04 (25th), 03 (18th), 02 (11th); monthly the 30th
        assertEquals(List.of("desk-auto-20260111-173000.db", "desk-auto-20260118-173000.db", "desk-auto-20260124-173000.db",
                "desk-auto-20260125-173000.db", "desk-auto-20260126-173000.db", "desk-auto-20260127-173000.db",
                "desk-auto-20260128-173000.db", "desk-auto-20260129-173000.db", "desk-auto-20260130-173000.db"), autos);
        assertTrue(Files.exists(byHand));
        assertTrue(Files.exists(beforeMigration));
    }

    @Test
    void a_copy_that_fails_its_integrity_check_is_deleted_and_reported() {
        BackupService failing = new BackupService(db, context.audit(), clock, RetentionPolicy.STANDARD, new BackupFileRepository(),
                target -> {
                    db.backupTo(target);
                    try {
                        DatabaseFiles.corruptPages(target);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
        addUnits(db, IntStreamNames.of("科室", 300));

        UserError e = assertThrows(UserError.class, failing::onCleanExit);

        assertTrue(e.getMessage().contains("校验未通过"), e.getMessage());
        assertTrue(e.getMessage().contains("有问题的副本已删除"), e.getMessage());
        assertEquals(List.of(), names(backups.folder()), "neither the bad copy nor a temporary file is left");
        assertEquals(List.of("ok"), db.integrityCheck());
    }

    @Test
    void backup_now_writes_a_dated_verified_copy_into_the_chosen_folder() {
        Path stick = dir.resolve("U 盘").resolve("台账备份");

        BackupFile made = backups.backupNow(stick);

        assertEquals(stick.resolve("desk-20260131-090000.db"), made.path());
        assertEquals(BackupKind.MANUAL, made.kind());
        assertEquals(2, backups.inspect(made.path()).count("unit"));
        assertEquals(List.of("desk-20260131-090000.db"), names(stick));
    }

    @Test
    void two_backups_in_one_second_get_two_names() {
        Path first = backups.backupNow(dir).path();
        Path second = backups.backupNow(dir).path();
        assertEquals("desk-20260131-090000-2.db", second.getFileName().toString());
        assertTrue(Files.exists(first));
    }

    @Test
    void backup_to_a_file_refuses_to_overwrite_unless_asked() throws IOException {
        Path out = dir.resolve("desk-copy.db");
        Files.writeString(out, "我的文件");

        UserError e = assertThrows(UserError.class, () -> backups.backupTo(out, false));
        assertTrue(e.getMessage().contains("已存在"));
        assertEquals("我的文件", Files.readString(out));

        backups.backupTo(out, true);
        assertEquals(2, backups.inspect(out).count("unit"));
    }

    @Test
    void a_folder_that_cannot_be_written_is_a_clear_message() throws IOException {
        Path notAFolder = dir.resolve("file.txt");
        Files.writeString(notAFolder, "x");
        UserError e = assertThrows(UserError.class, () -> backups.backupNow(notAFolder.resolve("sub")));
        assertTrue(e.getMessage().contains("无法把备份写入"), e.getMessage());
    }

    @Test
    void lists_backups_newest_first_with_kind_and_counts() {
        backups.onCleanExit();
        addUnits(db, "法制科");
        clock.set("2026-02-01T10:00:00");
        backups.backupNow(backups.folder());

        List<BackupInfo> list = backups.listBackups();

        assertEquals(2, list.size());
        assertEquals(BackupKind.MANUAL, list.get(0).file().kind());
        assertEquals(3, list.get(0).contents().count("unit"));
        assertEquals(BackupKind.AUTO, list.get(1).file().kind());
        assertEquals(2, list.get(1).contents().count("unit"));
        assertTrue(list.get(1).contents().healthy());
    }

    @Test
    void restore_replaces_the_data_and_backs_up_the_data_it_replaces() {
        Path backup = backups.onCleanExit().path();
        addUnits(db, "法制科");
        AtomicInteger notified = new AtomicInteger();
        backups.addRestoreListener(notified::incrementAndGet);
        clock.set("2026-01-31T10:00:00");

        RestoreResult result = backups.restore(backup);

        assertEquals(List.of("办公室", "政务公开科"), unitNames(db));
        assertEquals(backups.folder().resolve("desk-before-restore-20260131-100000.db"), result.previousData());
        assertEquals(3, backups.inspect(result.previousData()).count("unit"));
        assertEquals(2, result.tableCounts().get("unit"));
        assertEquals(1, notified.get());
        assertEquals(List.of("ok"), db.integrityCheck());
        addUnits(db, "still writable");
        assertEquals(3, unitNames(db).size());
        List<String> restores = db.dsl().fetch("SELECT summary FROM audit_log WHERE action = 'RESTORE'").getValues(0, String.class);
        assertEquals(1, restores.size());
        assertTrue(restores.get(0).contains(backup.getFileName().toString()), restores.get(0));
        assertTrue(names(db.file().getParent()).stream().noneMatch(n -> n.startsWith(".restore-")), "working copy removed");
    }

    @Test
    void restore_from_an_older_schema_brings_it_up_to_date() {
        Path old = DatabaseFiles.schemaV1Database(dir.resolve("old-app.db"), "旧版本科室");

        backups.restore(old);

        assertEquals(List.of("旧版本科室"), unitNames(db));
        assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
    }

    @Test
    void restore_refuses_a_damaged_backup_and_changes_nothing() throws IOException {
        Path bad = DatabaseFiles.damagedDatabase(dir.resolve("bad.db"), 300);

        UserError e = assertThrows(UserError.class, () -> backups.restore(bad));

        assertTrue(e.getMessage().contains("不能用于恢复"), e.getMessage());
        assertTrue(e.getMessage().contains("完整性检查未通过"), e.getMessage());
        assertEquals(List.of("办公室", "政务公开科"), unitNames(db));
        assertFalse(Files.exists(backups.folder()), "nothing backed up, nothing written");
    }

    @Test
    void restore_refuses_files_that_are_not_this_apps_database() throws IOException {
        Path docx = dir.resolve("报告.docx");
        Files.write(docx, new byte[] {'P', 'K', 3, 4, 0, 0});
        Path otherSqlite = dir.resolve("other.sqlite");
        org.jooq.impl.DSL.using("jdbc:sqlite:" + otherSqlite).execute("CREATE TABLE t (x)");

        assertTrue(assertThrows(UserError.class, () -> backups.restore(docx)).getMessage().contains("不是 SQLite"));
        assertTrue(assertThrows(UserError.class, () -> backups.restore(otherSqlite)).getMessage().contains("不是本软件的数据库"));
        assertTrue(assertThrows(UserError.class, () -> backups.restore(dir.resolve("missing.db"))).getMessage().contains("文件不存在"));
        assertTrue(assertThrows(UserError.class, () -> backups.restore(db.file())).getMessage().contains("正在使用的数据库"));
        assertEquals(2, unitNames(db).size());
    }

    @Test
    void restore_refuses_a_backup_from_a_newer_app() {
        Path newer = DatabaseFiles.newerAppDatabase(dir.resolve("newer.db"));
        UserError e = assertThrows(UserError.class, () -> backups.restore(newer));
        assertTrue(e.getMessage().contains("更新版本"), e.getMessage());
        assertEquals(2, unitNames(db).size());
    }

    static List<String> names(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "科室0" … "科室n-1". */
    static final class IntStreamNames {
        static String[] of(String prefix, int n) {
            return java.util.stream.IntStream.range(0, n).mapToObj(i -> prefix + i).toArray(String[]::new);
        }
    }
}
