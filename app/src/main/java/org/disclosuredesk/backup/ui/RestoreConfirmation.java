// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;

/** Asks before a restore replaces the data, naming the file; the default button is the safe one. */
final class RestoreConfirmation {

    private RestoreConfirmation() {
    }

    static boolean ask(Window owner, String question) {
        ButtonType restore = new ButtonType(Texts.get("backup.restore.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Texts.get("backup.restore.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, restore, keep);
        alert.initOwner(owner);
        alert.setTitle(Texts.get("backup.restore.title"));
        alert.setHeaderText(Texts.get("backup.restore.title"));
        Theme.style(alert.getDialogPane());
        // Enter must not replace the office's data by accident: the cancelling button is the default.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(restore)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(restore::equals).isPresent();
    }
}
