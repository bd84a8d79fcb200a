// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;

/** First start: the office's name, and whether to fill in a demo office to look around. */
public final class FirstStartDialog {

    /** What the person chose. */
    public record Choice(String officeName, boolean withDemoData) {
    }

    private FirstStartDialog() {
    }

    public static Optional<Choice> ask() {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("firstStart.title"));
        dialog.setHeaderText(Texts.get("firstStart.header"));
        TextField name = new TextField();
        name.setPromptText(Texts.get("firstStart.officeName.prompt"));
        name.setPrefColumnCount(28);
        CheckBox demo = new CheckBox(Texts.get("firstStart.demo"));
        Label hint = new Label(Texts.get("firstStart.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox body = new VBox(10, new Label(Texts.get("firstStart.officeName")), name, demo, hint);
        body.setPadding(new Insets(8, 4, 4, 4));
        dialog.getDialogPane().setContent(body);
        ButtonType start = new ButtonType(Texts.get("firstStart.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Texts.get("firstStart.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(start, quit);
        Theme.style(dialog.getDialogPane());
        dialog.getDialogPane().lookupButton(start).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == start ? new Choice(name.getText().trim(), demo.isSelected()) : null);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }
}
