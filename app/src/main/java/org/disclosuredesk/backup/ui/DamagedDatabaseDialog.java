// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.disclosuredesk.backup.BackupInfo;
import org.disclosuredesk.backup.RecoveryOffer;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;

/**
 * At start, when the database failed its integrity check: says so, offers the newest sound backup
 * (or another backup file), or quits. It only asks; the shell then runs
 * {@code DatabaseHealth.recover(file, chosen)} off the FX thread, opens the database and calls
 * {@code BackupService.recordRecovery}. The damaged file is never written to.
 */
public final class DamagedDatabaseDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DamagedDatabaseDialog() {
    }

    /**
     * @param problem the message of the {@code DatabaseOpenException} (what is damaged, that nothing was written)
     * @param offer   from {@code DatabaseHealth.recoveryOffer}, computed before the window opens
     * @return the backup to restore from, or empty to quit
     */
    public static Optional<Path> ask(String problem, Optional<RecoveryOffer> offer) {
        ButtonType restoreOffered = new ButtonType(Texts.get("backup.damaged.restoreOffered"), ButtonBar.ButtonData.OK_DONE);
        ButtonType chooseOther = new ButtonType(Texts.get("backup.damaged.chooseOther"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(Texts.get("backup.damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(Texts.get("backup.damaged.title"));
        alert.setHeaderText(Texts.get("backup.damaged.title"));
        Label what = new Label(problem);
        what.setWrapText(true);
        Label next = new Label(offer.map(o -> describe(o.backup())).orElse(Texts.get("backup.damaged.noOffer")));
        next.setWrapText(true);
        VBox body = new VBox(12, what, next);
        body.setPrefWidth(560);
        alert.getDialogPane().setContent(body);
        Theme.style(alert.getDialogPane());
        alert.getButtonTypes().setAll(offer.isPresent() ? new ButtonType[] {restoreOffered, chooseOther, quit}
                : new ButtonType[] {chooseOther, quit});
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(restoreOffered::equals).isPresent()) {
            return offer.map(o -> o.backup().file().path());
        }
        if (answer.filter(chooseOther::equals).isPresent()) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("backup.restore.chooseFile"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("backup.restore.fileFilter"), "*.db"));
            return Optional.ofNullable(chooser.showOpenDialog(null)).map(File::toPath);
        }
        return Optional.empty();
    }

    static String describe(BackupInfo backup) {
        return Texts.get("backup.damaged.offer", backup.file().takenAt().format(TIME), backup.file().fileName(),
                String.valueOf(backup.contents().count("request")), String.valueOf(backup.contents().count("document")),
                String.valueOf(backup.contents().count("plan_task")));
    }
}
