// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** 帮助 → 快捷键 (F1): the list in {@link Shortcuts}, keys on the left, what they do on the right. */
public final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    public static Alert build() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        grid.setPadding(new Insets(8, 4, 8, 4));
        int row = 0;
        for (Shortcuts.Entry e : Shortcuts.all()) {
            Label keys = new Label(e.keysText());
            keys.setStyle("-fx-font-weight: bold;");
            Label what = new Label(e.what());
            what.setWrapText(true);
            what.setMaxWidth(420);
            grid.addRow(row++, keys, what);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, new ButtonType(Texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setTitle(Texts.get("shortcuts.title"));
        alert.setHeaderText(Texts.get("shortcuts.title"));
        alert.getDialogPane().setContent(grid);
        Theme.style(alert.getDialogPane());
        return alert;
    }
}
