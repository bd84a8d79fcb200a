// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;

/**
 * Asks before a restore replaces the data, naming the file, and a second time naming both offices when the backup
 * is another office's; the default button is the safe one.
 */
final class RestoreConfirmation {

    private RestoreConfirmation() {
    }

    static boolean ask(Window owner, String question) {
        return ask(owner, Alert.AlertType.CONFIRMATION, "backup.restore.title", question, "backup.restore.confirm");
    }

    /** The second, explicit question before another office's backup replaces this office's data. */
    static boolean askOtherOffice(Window owner, String question) {
        return ask(owner, Alert.AlertType.WARNING, "backup.restore.otherOffice.title", question, "backup.restore.otherOffice.confirm");
    }

    private static boolean ask(Window owner, Alert.AlertType type, String titleKey, String question, String confirmKey) {
        ButtonType restore = new ButtonType(Texts.get(confirmKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Texts.get("backup.restore.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(type, question, restore, keep);
        alert.initOwner(owner);
        alert.setTitle(Texts.get(titleKey));
        alert.setHeaderText(Texts.get(titleKey));
        Theme.style(alert.getDialogPane());
        // Enter must not replace the office's data by accident: the cancelling button is the default.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(restore)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(restore::equals).isPresent();
    }
}
