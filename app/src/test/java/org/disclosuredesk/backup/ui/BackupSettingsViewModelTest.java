// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.backup.BackupOffice;
import org.disclosuredesk.backup.DatabaseFiles;
import org.disclosuredesk.backup.TestClock;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.ui.kit.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupSettingsViewModelTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2026-01-31T09:00:00");
    private AppContext context;
    private BackupSettingsViewModel model;

    @BeforeEach
    void open() {
        context = new AppContext(Database.open(dir.resolve("desk.db")), clock);
        DatabaseFiles.addUnits(context.database(), "办公室");
        model = new BackupSettingsViewModel(context.backups(), context.settings(), new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void lists_backups_newest_first_with_their_kind_time_and_counts() {
        context.backups().onCleanExit();
        clock.set("2026-02-01T10:15:00");
        context.backups().backupNow(context.backups().folder());

        model.load();

        assertEquals(List.of("2026-02-01 10:15", "2026-01-31 09:00"), column(r -> r.takenAt()));
        assertEquals(List.of(Texts.get("backup.kind.manual"), Texts.get("backup.kind.auto")), column(BackupRow::kind));
        assertEquals(List.of(Texts.get("backup.status.ok"), Texts.get("backup.status.ok")), column(BackupRow::status));
        assertEquals(0, model.backups().get(0).requests());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void backup_now_writes_to_the_chosen_folder_and_remembers_it() {
        Path stick = dir.resolve("U盘");

        model.backupNow(stick);

        assertTrue(Files.exists(stick.resolve("desk-20260131-090000.db")));
        assertTrue(model.messageProperty().get().contains(stick.resolve("desk-20260131-090000.db").toString()), model.messageProperty().get());
        assertEquals(stick.toAbsolutePath().toString(), model.lastFolderProperty().get());
        BackupSettingsViewModel later = new BackupSettingsViewModel(context.backups(), context.settings(), new CurrentThreadTaskExecutor());
        later.load();
        assertEquals(stick.toAbsolutePath().toString(), later.lastFolderProperty().get());
    }

    @Test
    void restore_is_offered_only_for_a_sound_selected_backup() throws Exception {
        context.backups().onCleanExit();
        Files.writeString(context.backups().folder().resolve("desk-20260130-120000.db"), "不是数据库");
        model.load();

        assertFalse(model.canRestoreSelectedProperty().get());
        assertEquals(Texts.get("backup.restore.selectFirst"), model.restoreHintProperty().get());

        model.selectedProperty().set(model.backups().get(1));
        assertFalse(model.canRestoreSelectedProperty().get());
        assertEquals(Texts.get("backup.restore.unhealthy"), model.restoreHintProperty().get());
        assertTrue(model.backups().get(1).status().contains("不是 SQLite"), model.backups().get(1).status());

        model.selectedProperty().set(model.backups().get(0));
        assertTrue(model.canRestoreSelectedProperty().get());
        assertEquals("", model.restoreHintProperty().get());
    }

    @Test
    void restore_replaces_the_data_says_where_the_old_data_went_and_lists_that_backup() {
        Path backup = context.backups().onCleanExit().path();
        DatabaseFiles.addUnits(context.database(), "后加的科室");
        clock.set("2026-01-31T11:00:00");

        assertTrue(model.restoreQuestion(backup).contains(backup.getFileName().toString()));
        model.restore(backup);

        assertEquals(List.of("办公室"), DatabaseFiles.unitNames(context.database()));
        assertEquals(Texts.get("backup.restore.done", backup.getFileName(), "desk-before-restore-20260131-110000.db"),
                model.messageProperty().get());
        assertEquals(Texts.get("backup.kind.beforeRestore"), model.backups().get(0).kind());
    }

    @Test
    void another_offices_backup_is_marked_in_the_list_and_restored_only_after_the_second_question() throws Exception {
        DatabaseFiles.setOffice(context.database(), "某县人民政府办公室");
        Path ours = context.backups().onCleanExit().path();
        Path theirs = context.backups().folder().resolve("edu-auto-20260130-170000.db");
        try (Database other = Database.open(dir.resolve("教育局").resolve("edu.db"))) {
            DatabaseFiles.setOffice(other, "某县教育局");
            DatabaseFiles.addUnits(other, "基础教育股");
            other.backupTo(theirs);
        }
        model.load();

        BackupRow theirRow = model.backups().stream().filter(r -> r.path().equals(theirs)).findFirst().orElseThrow();
        BackupRow ourRow = model.backups().stream().filter(r -> r.path().equals(ours)).findFirst().orElseThrow();
        assertTrue(theirRow.otherOffice());
        assertEquals(Texts.get("backup.office.other", "某县教育局"), theirRow.office());
        assertFalse(ourRow.otherOffice());
        assertEquals("某县人民政府办公室", ourRow.office());

        BackupOffice[] asked = new BackupOffice[1];
        model.checkOffice(theirs, office -> asked[0] = office);
        assertTrue(asked[0].other());
        String second = model.otherOfficeQuestion(asked[0]);
        assertTrue(second.contains("某县教育局") && second.contains("某县人民政府办公室"), second);
        model.checkOffice(ours, office -> asked[0] = office);
        assertFalse(asked[0].other(), "this office's own backup is asked once, as before");

        model.restore(theirs);
        assertTrue(model.messageProperty().get().contains("某县教育局") && model.messageProperty().get().contains("某县人民政府办公室"),
                model.messageProperty().get());
        assertEquals(List.of("办公室"), DatabaseFiles.unitNames(context.database()));

        model.restore(theirs, true);
        assertEquals(List.of("基础教育股"), DatabaseFiles.unitNames(context.database()));
        assertEquals("某县教育局", DatabaseFiles.officeName(context.database()));
    }

    @Test
    void a_failed_restore_shows_the_reason_in_chinese_and_changes_nothing() throws Exception {
        Path docx = dir.resolve("年报.docx");
        Files.writeString(docx, "PK");

        model.restore(docx);

        assertTrue(model.messageProperty().get().contains("不能用于恢复"), model.messageProperty().get());
        assertEquals(List.of("办公室"), DatabaseFiles.unitNames(context.database()));
        assertFalse(model.busyProperty().get());
    }

    private List<String> column(java.util.function.Function<BackupRow, String> f) {
        return model.backups().stream().map(f).collect(Collectors.toList());
    }
}
