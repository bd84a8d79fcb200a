// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.backup.DatabaseFiles;
import org.disclosuredesk.backup.TestClock;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.ui.PngWriter;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 设置 → 备份与恢复, mounted alone: pick a backup, confirm, and the data is the backup's. */
@ExtendWith(ApplicationExtension.class)
class BackupSettingsPaneTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private BackupSettingsPane pane;

    @Start
    void start(Stage stage) {
        TestClock clock = new TestClock("2026-01-31T09:00:00");
        context = new AppContext(Database.open(dir.resolve("pane-" + System.nanoTime()).resolve("desk.db")), clock);
        DatabaseFiles.addUnits(context.database(), "办公室");
        context.backups().onCleanExit();
        DatabaseFiles.addUnits(context.database(), "后加的科室");
        clock.set("2026-01-31T17:45:00");
        context.backups().backupNow(context.backups().folder());
        clock.set("2026-02-01T08:00:00");
        pane = new BackupSettingsPane(context.backupContext(new CurrentThreadTaskExecutor()));
        Scene scene = new Scene(pane, 1100, 560);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void restoring_the_selected_backup_asks_first_then_replaces_the_data(FxRobot robot) throws Exception {
        TableView<BackupRow> table = robot.lookup("#backupTable").queryTableView();
        assertEquals(2, table.getItems().size());
        Button restore = robot.lookup("#restoreSelected").queryButton();
        assertTrue(restore.isDisabled(), "nothing selected yet");
        writeScreenshot(robot, "backup-settings.png");

        robot.clickOn(table.getItems().get(1).takenAt());
        robot.clickOn("#restoreSelected");
        robot.clickOn(Texts.get("backup.restore.confirm"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("办公室"), DatabaseFiles.unitNames(context.database()));
        assertTrue(robot.lookup("#backupMessage").queryLabeled().getText().startsWith("已从"),
                robot.lookup("#backupMessage").queryLabeled().getText());
        assertEquals(3, table.getItems().size(), "the data before the restore is listed as a backup");
    }

    @Test
    void enter_in_the_confirmation_keeps_the_data(FxRobot robot) {
        TableView<BackupRow> table = robot.lookup("#backupTable").queryTableView();
        robot.clickOn(table.getItems().get(1).takenAt());
        robot.clickOn("#restoreSelected");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("办公室", "后加的科室"), DatabaseFiles.unitNames(context.database()));
    }

    @Test
    void another_offices_backup_asks_a_second_time_naming_both_offices(FxRobot robot) throws Exception {
        DatabaseFiles.setOffice(context.database(), "某县人民政府办公室");
        Path theirs = context.backups().folder().resolve("edu-20260131-120000.db");
        try (Database other = Database.open(dir.resolve("edu-" + System.nanoTime()).resolve("edu.db"))) {
            DatabaseFiles.setOffice(other, "某县教育局");
            DatabaseFiles.addUnits(other, "基础教育股");
            other.backupTo(theirs);
        }
        robot.clickOn(Texts.get("backup.refresh"));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<BackupRow> table = robot.lookup("#backupTable").queryTableView();
        BackupRow theirRow = table.getItems().stream().filter(r -> r.path().equals(theirs)).findFirst().orElseThrow();
        robot.lookup(Texts.get("backup.office.other", "某县教育局")).query();
        writeScreenshot(robot, "backup-settings-other-office.png");

        robot.clickOn(theirRow.takenAt());
        robot.clickOn("#restoreSelected");
        robot.clickOn(Texts.get("backup.restore.confirm"));
        WaitForAsyncUtils.waitForFxEvents();
        String second = robot.lookup(".dialog-pane .content").queryLabeled().getText();
        assertTrue(second.contains("某县教育局") && second.contains("某县人民政府办公室"), second);
        robot.type(javafx.scene.input.KeyCode.ENTER);   // the safe default: nothing restored
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("办公室", "后加的科室"), DatabaseFiles.unitNames(context.database()));

        robot.clickOn(theirRow.takenAt());
        robot.clickOn("#restoreSelected");
        robot.clickOn(Texts.get("backup.restore.confirm"));
        robot.clickOn(Texts.get("backup.restore.otherOffice.confirm"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("基础教育股"), DatabaseFiles.unitNames(context.database()));
        assertEquals("某县教育局", DatabaseFiles.officeName(context.database()));
    }

    /** With -Dscreenshots.dir=DIR the pane is also saved as a PNG to look at. */
    private void writeScreenshot(FxRobot robot, String name) throws Exception {
        String folder = System.getProperty("screenshots.dir");
        if (folder != null) {
            Path file = Path.of(folder).resolve(name);
            Files.createDirectories(file.getParent());
            PngWriter.write(snapshot(robot), file);
        }
    }

    private javafx.scene.image.WritableImage snapshot(FxRobot robot) {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = pane.getScene().snapshot(null));
        return image[0];
    }
}
