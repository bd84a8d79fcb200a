// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.disclosuredesk.ui.kit.Dialogs;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;

/** 「拆分为多项」: the items' content, one per line (国办函〔2020〕109号 第四条, 一事一申请). */
final class SplitItemsDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextArea lines = new TextArea();

    SplitItemsDialog(String current) {
        dialog.setTitle(Texts.get("requests.items.split"));
        dialog.setHeaderText(Texts.get("requests.items.dialogHeader"));
        lines.setId("itemLines");
        lines.setText(current);
        lines.setPromptText(Texts.get("requests.items.dialogPrompt"));
        lines.setPrefRowCount(8);
        lines.setPrefColumnCount(36);
        lines.setWrapText(true);
        Label hint = new Label(Texts.get("requests.items.dialogHint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        dialog.getDialogPane().setContent(new VBox(8, lines, hint));
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(Texts.get("requests.items.splitDo"), ButtonBar.ButtonData.OK_DONE), Dialogs.cancelButton());
        Theme.style(dialog.getDialogPane());
        Platform.runLater(lines::requestFocus);
    }

    /** The lines typed, when the clerk chose 拆分; empty when cancelled. */
    Optional<String> ask() {
        return dialog.showAndWait()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> lines.getText());
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }
}
