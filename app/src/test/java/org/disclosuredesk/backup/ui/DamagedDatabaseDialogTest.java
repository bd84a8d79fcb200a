// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.disclosuredesk.backup.BackupContents;
import org.disclosuredesk.backup.BackupFile;
import org.disclosuredesk.backup.BackupInfo;
import org.disclosuredesk.backup.BackupKind;
import org.disclosuredesk.backup.RecoveryOffer;
import org.disclosuredesk.ui.kit.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DamagedDatabaseDialogTest {

    private static final Path BACKUP = Path.of("/data/backups/desk-auto-20260130-173000.db");
    private static final RecoveryOffer OFFER = new RecoveryOffer(Path.of("/data/desk.db"), new BackupInfo(
            new BackupFile(BACKUP, BackupKind.AUTO, LocalDateTime.parse("2026-01-30T17:30:00"), 229_376),
            new BackupContents(java.util.List.of(), "2", Map.of("request", 12, "document", 340, "plan_task", 56))));

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void names_the_newest_sound_backup_and_returns_it_when_chosen(FxRobot robot) throws Exception {
        Future<Optional<Path>> answer = WaitForAsyncUtils.asyncFx(() -> DamagedDatabaseDialog.ask("数据库文件已损坏。", Optional.of(OFFER)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup(DamagedDatabaseDialog.describe(OFFER.backup())).query();

        robot.clickOn(Texts.get("backup.damaged.restoreOffered"));

        assertEquals(Optional.of(BACKUP), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void quitting_restores_nothing(FxRobot robot) throws Exception {
        Future<Optional<Path>> answer = WaitForAsyncUtils.asyncFx(() -> DamagedDatabaseDialog.ask("数据库文件已损坏。", Optional.empty()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup(Texts.get("backup.damaged.noOffer")).query();

        robot.clickOn(Texts.get("backup.damaged.quit"));

        assertEquals(Optional.empty(), answer.get(10, TimeUnit.SECONDS));
    }
}
